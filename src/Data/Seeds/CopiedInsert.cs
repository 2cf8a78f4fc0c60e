using Dapper;
using Npgsql;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// A <see cref="RepeatedInsert"/> on PostgreSQL: rows go in by binary COPY, where a statement and a
/// round trip for each cost a million people 133 s. Each row is written to a COPY left open between
/// rows, so the server stores the rows before while the import reads the next (gathered and sent
/// 10,000 at a time, the import waited for the server at every block: the people of 1M members took
/// 11.3 s instead of 10.4). The connection is in COPY until <see cref="FlushAsync"/>: the import flushes
/// before any other statement. Rows of a table that refers to another's (<c>after</c>: a membership
/// to its person) cannot share the connection with that COPY: they wait in memory instead, and go in
/// after the other's, <see cref="RowsPerCopy"/> at a time. A row's id is known before the row is
/// written: ids are taken ahead, in blocks, from the table's own sequence, as its default would take
/// them, so the service's own inserts meanwhile get other ids. Inside the import's transaction, like
/// every statement of it.
/// </summary>
internal sealed class CopiedInsert : RepeatedInsert
{
    private const int RowsPerCopy = 100_000;

    // Blocks of ids grow from the first to the last: a file of a few rows takes few, a million rows few
    // round trips (each closes the COPY). A block's ids that the file does not use are left unused.
    private const int FirstIds = 16;
    private const int MostIds = 100_000;

    private readonly NpgsqlConnection _connection;
    private readonly string _copy;
    private readonly string? _sequence;
    private readonly CopiedInsert? _after;
    private readonly List<object?[]> _waiting = [];
    private readonly Queue<long> _ids = new();
    private int _nextIds = FirstIds;
    private BinaryCopy? _open;

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
        if (_after is not null)
        {
            _waiting.Add(row);
            if (_waiting.Count >= RowsPerCopy) await FlushAsync();
            return;
        }
        _open ??= await BinaryCopy.OpenAsync(_connection, _copy);
        Write(_open, row);
        await _open.EndRowAsync();
    }

    private async Task TakeIdsAsync()
    {
        // A query, which the connection runs only out of COPY.
        await FlushAsync();
        foreach (var id in await _connection.QueryAsync<long>("select nextval(@Sequence) from generate_series(1, @Count)", new { Sequence = _sequence, Count = _nextIds }))
            _ids.Enqueue(id);
        _nextIds = Math.Min(_nextIds * 2, MostIds);
    }

    public override async Task FlushAsync()
    {
        if (_after is not null) await _after.FlushAsync();
        if (_open is not null)
        {
            // Disposed without it, the COPY is cancelled.
            await _open.CompleteAsync();
            _open = null;
        }
        if (_waiting.Count == 0) return;
        await using (var copy = await BinaryCopy.OpenAsync(_connection, _copy))
        {
            foreach (var row in _waiting)
            {
                Write(copy, row);
                await copy.EndRowAsync();
            }
            await copy.CompleteAsync();
        }
        _waiting.Clear();
    }

    // Binary COPY sends each value in its column's own format: the type is named, never guessed.
    private static void Write(BinaryCopy copy, object?[] row)
    {
        copy.StartRow((short)row.Length);
        foreach (var value in row)
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
    }

    // Rows not flushed belong to an import that failed: they go with it, an open COPY cancelled.
    public override ValueTask DisposeAsync() => _open?.DisposeAsync() ?? ValueTask.CompletedTask;
}
