using System.Data;
using System.Data.Common;
using Npgsql;

namespace Pkkpm.Data.Postgres;

/// <summary>
/// PostgreSQL, shared by every instance of the service. Reads take a pooled connection; each write
/// is one read-committed transaction on a connection of its own, committed before the caller hears
/// "done". A unit the server aborts to break a deadlock or a serialization conflict is run again
/// from the start: it held no effect outside its transaction, so running it again is safe.
/// </summary>
public sealed class PostgresDatabase : IDatabase, IAsyncDisposable
{
    private const int MaxAttempts = 5;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString)
    {
        DapperTypes.Register();
        _dataSource = NpgsqlDataSource.Create(WithPreparedStatements(connectionString));
    }

    /// <summary>
    /// Statements a connection has run twice are kept prepared on the server, so a turn's dozen
    /// small statements are no longer parsed and planned each time (the server's CPU is what a
    /// busy PostgreSQL runs out of first). A connection string that says <c>Max Auto Prepare</c>
    /// itself wins: <c>Max Auto Prepare=0</c> behind a pooler in transaction mode, which cannot
    /// keep a session's prepared statements.
    /// </summary>
    internal static string WithPreparedStatements(string connectionString)
    {
        // Npgsql's own builder knows every keyword, set or not: the plain one holds only what was written.
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (written.ContainsKey("Max Auto Prepare") || written.ContainsKey("MaxAutoPrepare")) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 256 }.ConnectionString;
    }

    public string Provider => DatabaseOptions.Postgres;

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await read(connection);
    }

    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
                var result = await work(connection, transaction);
                // Not the caller's token: once the work is done, its commit is not abandoned halfway.
                await transaction.CommitAsync(CancellationToken.None);
                return result;
            }
            catch (Exception e) when (attempt < MaxAttempts && IsConflict(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * attempt), cancellationToken);
            }
        }
    }

    /// <summary>40001 serialization failure, 40P01 deadlock: the server rolled the unit back whole.</summary>
    internal static bool IsConflict(Exception error) =>
        (error as PostgresException ?? error.InnerException as PostgresException)?.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected;

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
