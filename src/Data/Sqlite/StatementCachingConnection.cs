using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace Pkkpm.Data.Sqlite;

/// <summary>
/// A long-lived SQLite connection that keeps each SQL text it has run compiled. Dapper makes a new
/// command for every call and Microsoft.Data.Sqlite compiles a command's SQL again for each new
/// command (it has no statement cache: dotnet/efcore#14044), so a turn of ten small statements spent
/// more time in SQLite's parser than in its queries. Commands made here borrow the compiled command
/// for their text and give it back when disposed. Used by one caller at a time (the writer, or one
/// read lease), so nothing here locks.
/// </summary>
internal sealed class StatementCachingConnection(SqliteConnection inner) : DbConnection
{
    /// <summary>Distinct SQL texts kept at most; Dapper's <c>in @List</c> makes a text per list length.</summary>
    private const int MaxStatements = 512;

    private readonly Dictionary<string, SqliteCommand> _idle = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    public SqliteConnection Inner => inner;

    /// <summary>A transaction that takes only a read snapshot at its first read, not the write lock.</summary>
    public SqliteTransaction BeginDeferredTransaction() => _transaction = inner.BeginTransaction(deferred: true);

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) =>
        _transaction = inner.BeginTransaction(isolationLevel);

    protected override DbCommand CreateDbCommand() => new CachedStatementCommand(this);

    /// <summary>The compiled command for <paramref name="sql"/>, or a new one when none is idle.</summary>
    internal SqliteCommand Borrow(string sql)
    {
        if (_idle.Remove(sql, out var command)) return command;
        command = inner.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>Kept for the next caller of the same SQL; disposed when one is kept already or the cache is full.</summary>
    internal void GiveBack(SqliteCommand command)
    {
        // Nothing of the last caller's stays reachable: its values, its finished transaction.
        command.Parameters.Clear();
        command.Transaction = null;
        if (_idle.Count < MaxStatements && _idle.TryAdd(command.CommandText, command)) return;
        command.Dispose();
    }

    /// <summary>
    /// Ends a transaction its caller left open (an exception between begin and dispose), so the
    /// next lease of this connection does not find itself inside someone else's transaction.
    /// </summary>
    public void EndLeftOpenTransaction()
    {
        if (_transaction?.Connection is not null) _transaction.Dispose();
        _transaction = null;
    }

    [AllowNull]
    public override string ConnectionString
    {
        get => inner.ConnectionString;
        set => throw new NotSupportedException("A cached connection keeps the connection string it was opened with.");
    }

    public override string Database => inner.Database;
    public override string DataSource => inner.DataSource;
    public override string ServerVersion => inner.ServerVersion;
    public override ConnectionState State => inner.State;

    public override void ChangeDatabase(string databaseName) => throw new NotSupportedException();
    public override void Open() => inner.Open();
    public override void Close() => inner.Close();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var command in _idle.Values) command.Dispose();
            _idle.Clear();
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
