using Dapper;
using Npgsql;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// A <see cref="RepeatedInsert"/> on PostgreSQL: the rows wait in memory and go in by binary COPY,
/// <see cref="RowsPerCopy"/> at a time, where a statement and a round trip for each cost a million
/// people 133 s. A row's id is known before the row is written: ids are taken ahead, in blocks,
/// from the table's own sequence, as its default would take them, so the service's own inserts
/// meanwhile get other ids. Inside the import's transaction, like every statement of it.
/// </summary>
internal sealed class CopiedInsert : RepeatedInsert
{
    private const int RowsPerCopy = 10_000;

    // Blocks of ids grow from the first to the last: a file of a few rows takes few, a million rows few round trips.
    private const int FirstIds = 16;

    private readonly NpgsqlConnection _connection;
    private readonly string _copy;
    private readonly string? _sequence;
    private readonly CopiedInsert? _after;
    private readonly List<object?[]> _rows = [];
    private readonly Queue<long> _ids = new();
    private int _nextIds = FirstIds;

    private CopiedInsert(NpgsqlConnection connection, string copy, string? sequence, CopiedInsert? after) =>
        (_connection, _copy, _sequence, _after) = (connection, copy, sequence, after);

    public static async Task<CopiedInsert> OpenAsync(NpgsqlConnection connection, string table, string[] columns, bool withIds, CopiedInsert? after)
    {
        var sequence = withIds
            ? await connection.ExecuteScalarAsync<string>("select pg_get_serial_sequence(@Table, 'id')", new { Table = table })
              ?? throw new InvalidOperationException($"{table}.id has no sequence.")
            : null;
        string[] written = withIds ? ["id", .. columns] : columns;
        return new(connection, $"copy {table} ({string.Join(", ", written)}) from stdin (format binary)", sequence, after);
    }

    public override async Task<long> IdAsync(params object?[] values)
    {
        if (_sequence is null) throw new InvalidOperationException("This table's rows have no id of their own.");
        if (_ids.Count == 0) await TakeIdsAsync();
        var id = _ids.Dequeue();
        await AddAsync([id, .. values]);
        return id;
    }

    public override Task RunAsync(params object?[] values) => AddAsync(values);

    private async Task AddAsync(object?[] row)
    {
        _rows.Add(row);
        if (_rows.Count >= RowsPerCopy) await FlushAsync();
    }

    private async Task TakeIdsAsync()
    {
        foreach (var id in await _connection.QueryAsync<long>("select nextval(@Sequence) from generate_series(1, @Count)", new { Sequence = _sequence, Count = _nextIds }))
            _ids.Enqueue(id);
        _nextIds = Math.Min(_nextIds * 2, RowsPerCopy);
    }

    public override async Task FlushAsync()
    {
        if (_after is not null) await _after.FlushAsync();
        if (_rows.Count == 0) return;
        await using (var copy = await BinaryCopy.OpenAsync(_connection, _copy))
        {
            foreach (var row in _rows)
            {
                copy.StartRow((short)row.Length);
                foreach (var value in row) Write(copy, value);
                await copy.EndRowAsync();
            }
            // Disposed without it, the COPY is cancelled.
            await copy.CompleteAsync();
        }
        _rows.Clear();
    }

    // Binary COPY sends each value in its column's own format: the type is named, never guessed.
    private static void Write(BinaryCopy copy, object? value)
    {
        switch (value)
        {
            case null: copy.WriteNull(); break;
            case long number: copy.Write(number); break;
            case int number: copy.Write(number); break;
            case string text: copy.Write(text); break;
            case DateOnly date: copy.Write(date); break;
            case DateTimeOffset moment: copy.Write(DapperTypes.Stored(moment)); break;
            default: throw new NotSupportedException($"No COPY format for {value.GetType().Name}.");
        }
    }

    // Rows still waiting belong to an import that failed: they go with it.
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
