using System.Data.Common;
using Microsoft.Data.Sqlite;
using Pkkpm.Data.Sqlite;
using SQLitePCL;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// One insert the import runs for every row of a file, compiled once and given new values each
/// time, where a new command per row (as Dapper makes) compiled it again for each of a million
/// people. Values are given in the order of <c>names</c>. On SQLite it runs through the handle
/// underneath the connection, as <see cref="InsertedLedgerRows"/> does: an ADO.NET command costs
/// more than the insert itself (a reader for "returning id", every parameter converted again).
/// Elsewhere it is one command. Moments and dates are written as the provider writes them everywhere else.
/// </summary>
internal sealed class RepeatedInsert : IAsyncDisposable
{
    private readonly DbCommand? _command;
    private readonly SqliteConnection? _sqlite;
    private readonly SqliteTransaction? _transaction;
    private readonly sqlite3_stmt? _statement;
    private readonly int[] _positions = [];
    private readonly Dictionary<object, string> _storedText = [];
    private readonly TextBinder _text = new();

    public RepeatedInsert(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        _sqlite = connection switch
        {
            StatementCachingConnection cached => cached.Inner,
            SqliteConnection plain => plain,
            _ => null,
        };
        if (_sqlite is not null)
        {
            _transaction = (SqliteTransaction)transaction;
            var result = raw.sqlite3_prepare_v2(_sqlite.Handle, sql, out var statement);
            if (result != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(result, _sqlite.Handle);
            _statement = statement;
            _positions = [.. names.Select(name => raw.sqlite3_bind_parameter_index(statement, name))];
            return;
        }
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            _command.Parameters.Add(parameter);
        }
    }

    /// <summary>Runs it with these values; the insert ends "returning id", and this is the id.</summary>
    public async Task<long> IdAsync(params object?[] values)
    {
        if (_statement is not null) return Step(values, returnsId: true);
        Bind(values);
        return Convert.ToInt64(await _command!.ExecuteScalarAsync());
    }

    public async Task RunAsync(params object?[] values)
    {
        if (_statement is not null)
        {
            Step(values, returnsId: false);
            return;
        }
        Bind(values);
        await _command!.ExecuteNonQueryAsync();
    }

    private long Step(object?[] values, bool returnsId)
    {
        var statement = _statement!;
        for (var i = 0; i < values.Length; i++)
        {
            var position = _positions[i];
            switch (values[i])
            {
                case null: raw.sqlite3_bind_null(statement, position); break;
                case long number: raw.sqlite3_bind_int64(statement, position, number); break;
                case int number: raw.sqlite3_bind_int64(statement, position, number); break;
                case string text: _text.Bind(statement, position, text); break;
                case var other: _text.Bind(statement, position, StoredText(other)); break;
            }
        }
        try
        {
            var result = raw.sqlite3_step(statement);
            long id = 0;
            if (returnsId && result == raw.SQLITE_ROW)
            {
                id = raw.sqlite3_column_int64(statement, 0);
                result = raw.sqlite3_step(statement);
            }
            // The message is the connection's latest error: read it before anything else runs.
            if (result != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(result, _sqlite!.Handle);
            return id;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>A moment or a date as the ADO.NET provider writes it (asked once per value: an import has few).</summary>
    private string StoredText(object value)
    {
        if (value is DateTimeOffset moment) value = DapperTypes.Stored(moment);
        if (_storedText.TryGetValue(value, out var known)) return known;
        return _storedText[value] = TextBinder.AsStored(_sqlite!, _transaction, value);
    }

    private void Bind(object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            _command!.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                DateTimeOffset moment => DapperTypes.Stored(moment),
                var value => value,
            };
    }

    public async ValueTask DisposeAsync()
    {
        _statement?.Dispose();
        if (_command is not null) await _command.DisposeAsync();
    }
}
