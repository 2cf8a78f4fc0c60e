using System.Data.Common;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// One insert the import runs for every row of a file, as one command given new values each time:
/// SQLite then compiles it once, where a new command per row (as Dapper makes) compiled it again
/// for each of a million people. Values are given in the order of <c>names</c>; moments as
/// <see cref="DapperTypes.Stored"/> makes them, since Dapper's handlers are not in the way here.
/// </summary>
internal sealed class RepeatedInsert : IAsyncDisposable
{
    private readonly DbCommand _command;

    public RepeatedInsert(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
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
        Bind(values);
        return Convert.ToInt64(await _command.ExecuteScalarAsync());
    }

    public async Task RunAsync(params object?[] values)
    {
        Bind(values);
        await _command.ExecuteNonQueryAsync();
    }

    private void Bind(object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            _command.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                DateTimeOffset moment => DapperTypes.Stored(moment),
                var value => value,
            };
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
