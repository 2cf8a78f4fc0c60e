using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// A <see cref="RepeatedInsert"/> on SQLite: compiled once and given new values for each row, where
/// a new command per row (as Dapper makes) compiled it again for each of a million people. It runs
/// through the handle underneath the connection, as <see cref="InsertedLedgerRows"/> does: an ADO.NET
/// command costs more than the insert itself (a reader for "returning id", every parameter converted
/// again). Each row is written at once. Moments and dates are written as the provider writes them everywhere else.
/// </summary>
internal sealed class PreparedInsert : RepeatedInsert
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly sqlite3_stmt _statement;
    private readonly Dictionary<object, string> _storedText = [];
    private readonly TextBinder _text = new();

    public PreparedInsert(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns, bool withIds)
    {
        (_connection, _transaction) = (connection, transaction);
        var values = string.Join(", ", columns.Select((_, i) => $"?{i + 1}"));
        var sql = $"insert into {table} ({string.Join(", ", columns)}) values ({values}){(withIds ? " returning id" : "")}";
        var result = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        if (result != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(result, connection.Handle);
        _statement = statement;
    }

    public override Task<long> IdAsync(params object?[] values) => Task.FromResult(Step(values, returnsId: true));

    public override Task RunAsync(params object?[] values)
    {
        Step(values, returnsId: false);
        return Task.CompletedTask;
    }

    // Nothing waits: every row was written as it came.
    public override Task FlushAsync() => Task.CompletedTask;

    private long Step(object?[] values, bool returnsId)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var position = i + 1;
            switch (values[i])
            {
                case null: raw.sqlite3_bind_null(_statement, position); break;
                case long number: raw.sqlite3_bind_int64(_statement, position, number); break;
                case int number: raw.sqlite3_bind_int64(_statement, position, number); break;
                case string text: _text.Bind(_statement, position, text); break;
                case var other: _text.Bind(_statement, position, StoredText(other)); break;
            }
        }
        try
        {
            var result = raw.sqlite3_step(_statement);
            long id = 0;
            if (returnsId && result == raw.SQLITE_ROW)
            {
                id = raw.sqlite3_column_int64(_statement, 0);
                result = raw.sqlite3_step(_statement);
            }
            // The message is the connection's latest error: read it before anything else runs.
            if (result != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(result, _connection.Handle);
            return id;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>A moment or a date as the ADO.NET provider writes it (asked once per value: an import has few).</summary>
    private string StoredText(object value)
    {
        if (value is DateTimeOffset moment) value = DapperTypes.Stored(moment);
        if (_storedText.TryGetValue(value, out var known)) return known;
        return _storedText[value] = TextBinder.AsStored(_connection, _transaction, value);
    }

    public override ValueTask DisposeAsync()
    {
        _statement.Dispose();
        return ValueTask.CompletedTask;
    }
}
