using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Pkkpm.Data.Sqlite;

/// <summary>
/// SQLite in WAL mode: readers never wait for the writer, and all writes go through one
/// <see cref="SingleWriter"/>, because contended writers in Microsoft.Data.Sqlite retry with 150 ms
/// sleeps and give multi-second tails. synchronous=FULL: a committed rupiah survives a power cut.
/// Every connection lives as long as the database and keeps its statements compiled
/// (<see cref="StatementCachingConnection"/>): a few readers, taken in turn, and the writer's one.
/// </summary>
public sealed class SqliteDatabase : IDatabase, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly SingleWriter _writer;

    public SqliteDatabase(string connectionString)
    {
        DapperTypes.Register();
        _connectionString = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            Pooling = true,
        }.ToString();
        _writer = new SingleWriter(OpenWriterAsync);
    }

    public string Provider => DatabaseOptions.Sqlite;

    // Reads are CPU work on this machine's cores: more of them at once than cores only adds open
    // connections, each with its own page cache (about 2 MB), and 256 turns deciding at once
    // would hold 256 of them. Callers beyond it wait their turn (or their deadline).
    private readonly SemaphoreSlim _readers = new(Math.Max(2, Environment.ProcessorCount * 2));

    /// <summary>Reader connections not in use; never more than the semaphore lets in at once.</summary>
    private readonly ConcurrentBag<StatementCachingConnection> _idleReaders = [];

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken = default)
    {
        await _readers.WaitAsync(cancellationToken);
        StatementCachingConnection? connection = null;
        try
        {
            if (!_idleReaders.TryTake(out connection)) connection = new(await OpenAsync(cancellationToken));
            return await read(connection);
        }
        finally
        {
            if (connection is not null) Keep(connection);
            _readers.Release();
        }
    }

    private void Keep(StatementCachingConnection connection)
    {
        connection.EndLeftOpenTransaction();
        if (connection.State == System.Data.ConnectionState.Open) _idleReaders.Add(connection);
        else connection.Dispose();
    }

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        _writer.RunAsync(work, cancellationToken);

    public Task<T> WriteInBackgroundAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        _writer.RunInBackgroundAsync(work, cancellationToken);

    public Task<T> ImportAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default, bool fileAlone = false) =>
        _writer.RunImportAsync(work, fileAlone, cancellationToken);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            // journal_mode is stored in the file; the others hold per connection.
            pragmas.CommandText = "pragma journal_mode = wal; pragma synchronous = full; pragma busy_timeout = 5000;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            // A file another process holds (an import with it to itself): nothing of this one is kept open.
            await connection.DisposeAsync();
            throw;
        }
    }

    // The writer keeps more of the file in memory than a reader (16 MB against 2 MB): a busy day
    // updates index pages all over the file. Not more: it is the service's largest cache, filled by
    // the inbound and outbox rows of a busy hour, and 64 MB made the import of a million ledger lines
    // no faster than 16 MB while its peak memory was 75 MB higher (docs/performance.md).
    private async Task<StatementCachingConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // temp_store = memory: the statement journal every insert keeps (for a trigger or a
        // constraint to roll the statement back) stays in memory instead of a write() a page.
        pragma.CommandText = "pragma cache_size = -16384; pragma temp_store = memory"; // KiB: 16 MB
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return new(connection);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        while (_idleReaders.TryTake(out var reader)) await reader.DisposeAsync();
    }
}
