using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace Pkkpm.Data.Sqlite;

/// <summary>
/// A command of a <see cref="StatementCachingConnection"/>: it collects its text, parameters and
/// transaction, and when run borrows the compiled command for that text; disposing it gives the
/// compiled command back. Parameters stay in a collection of its own, because Dapper holds on to
/// the collection while it rewrites the text (<c>in @List</c>) and goes on adding to it.
/// </summary>
internal sealed class CachedStatementCommand(StatementCachingConnection connection) : DbCommand
{
    /// <summary>A command on no connection, for its parameter collection only.</summary>
    private readonly SqliteCommand _parameters = new();
    private SqliteCommand? _borrowed;
    private SqliteDataReader? _reader;
    private SqliteTransaction? _transaction;

    [AllowNull]
    public override string CommandText { get; set; } = "";
    public override int CommandTimeout { get; set; } = 30;
    public override CommandType CommandType { get; set; } = CommandType.Text;
    public override bool DesignTimeVisible { get; set; }
    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set
        {
            if (!ReferenceEquals(value, connection)) throw new NotSupportedException("A cached command stays on its connection.");
        }
    }

    protected override DbParameterCollection DbParameterCollection => _parameters.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => _transaction;
        set => _transaction = (SqliteTransaction?)value;
    }

    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    public override void Prepare() => Ready().Prepare();

    public override void Cancel() => _borrowed?.Cancel();

    public override int ExecuteNonQuery() => Ready().ExecuteNonQuery();

    public override object? ExecuteScalar() => Ready().ExecuteScalar();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => _reader = Ready().ExecuteReader(behavior);

    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) => Ready().ExecuteNonQueryAsync(cancellationToken);

    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) => Ready().ExecuteScalarAsync(cancellationToken);

    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        _reader = await Ready().ExecuteReaderAsync(behavior, cancellationToken);

    /// <summary>The compiled command for the text as it is now, with this command's parameters, transaction and settings.</summary>
    private SqliteCommand Ready()
    {
        var text = CommandText ?? "";
        if (_borrowed is not null && _borrowed.CommandText != text) GiveBack();
        var command = _borrowed ??= connection.Borrow(text);
        command.Parameters.Clear();
        foreach (SqliteParameter parameter in _parameters.Parameters) command.Parameters.Add(parameter);
        command.Transaction = _transaction;
        command.CommandTimeout = CommandTimeout;
        command.CommandType = CommandType;
        return command;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            GiveBack();
            _parameters.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>A command whose reader is still open cannot serve the next caller: it is disposed instead.</summary>
    private void GiveBack()
    {
        if (_borrowed is null) return;
        if (_reader is { IsClosed: false }) _borrowed.Dispose();
        else connection.GiveBack(_borrowed);
        _borrowed = null;
        _reader = null;
    }
}
