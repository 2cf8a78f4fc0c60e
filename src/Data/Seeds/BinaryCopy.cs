using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// Rows for a <c>copy ... from stdin (format binary)</c>, written in PostgreSQL's binary COPY format
/// (https://www.postgresql.org/docs/current/sql-copy.html, "Binary Format") into one buffer and
/// sent to Npgsql's raw COPY stream in blocks of 64 KB. Npgsql's NpgsqlBinaryImporter binds a
/// parameter and awaits for every value: for a ledger of 12.4M lines, ten values a line, that was a
/// quarter of the import thread's time. Here a value is a few bytes copied.
/// Disposed before <see cref="CompleteAsync"/>, the COPY is cancelled and nothing of it stays.
/// </summary>
internal sealed class BinaryCopy : IAsyncDisposable
{
    private const int BlockSize = 1 << 16;
    // The signature "PGCOPY\n\377\r\n\0", then no flags and no header extension (two zero int32).
    private static readonly byte[] Header = [.. "PGCOPY\n"u8, 0xFF, .. "\r\n"u8, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly DateOnly PostgresEpochDay = new(2000, 1, 1);
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private readonly NpgsqlRawCopyStream _stream;
    private byte[] _buffer = new byte[BlockSize * 2];
    private int _used;
    private bool _completed;

    private BinaryCopy(NpgsqlRawCopyStream stream) => _stream = stream;

    public static async Task<BinaryCopy> OpenAsync(NpgsqlConnection connection, string copyCommand)
    {
        var stream = await connection.BeginRawBinaryCopyAsync(copyCommand);
        // Millions of rows take longer than a command may: the end of the COPY waits for all of them.
        stream.ReadTimeout = stream.WriteTimeout = 0;
        var copy = new BinaryCopy(stream);
        Header.CopyTo(copy.Take(Header.Length));
        return copy;
    }

    public void StartRow(short fields) => BinaryPrimitives.WriteInt16BigEndian(Take(2), fields);

    public void Write(long value)
    {
        var field = Take(12);
        BinaryPrimitives.WriteInt32BigEndian(field, 8);
        BinaryPrimitives.WriteInt64BigEndian(field[4..], value);
    }

    public void Write(int value)
    {
        var field = Take(8);
        BinaryPrimitives.WriteInt32BigEndian(field, 4);
        BinaryPrimitives.WriteInt32BigEndian(field[4..], value);
    }

    public void Write(long? value)
    {
        if (value is { } known) Write(known);
        else WriteNull();
    }

    /// <summary>A date: days since 2000-01-01.</summary>
    public void Write(DateOnly value)
    {
        var field = Take(8);
        BinaryPrimitives.WriteInt32BigEndian(field, 4);
        BinaryPrimitives.WriteInt32BigEndian(field[4..], value.DayNumber - PostgresEpochDay.DayNumber);
    }

    /// <summary>A timestamptz: microseconds since 2000-01-01 UTC (PostgreSQL's precision; finer ticks are dropped).</summary>
    public void Write(DateTimeOffset value)
    {
        var field = Take(12);
        BinaryPrimitives.WriteInt32BigEndian(field, 8);
        BinaryPrimitives.WriteInt64BigEndian(field[4..], (value.UtcTicks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond);
    }

    /// <summary>Text in UTF-8 (the database's encoding); null as SQL null.</summary>
    public void Write(string? value)
    {
        if (value is null) { WriteNull(); return; }
        var length = Encoding.UTF8.GetByteCount(value);
        var field = Take(4 + length);
        BinaryPrimitives.WriteInt32BigEndian(field, length);
        Encoding.UTF8.GetBytes(value, field[4..]);
    }

    public void WriteNull() => BinaryPrimitives.WriteInt32BigEndian(Take(4), -1);

    /// <summary>After each row: a full block goes to the server.</summary>
    public ValueTask EndRowAsync() => _used >= BlockSize ? SendAsync() : ValueTask.CompletedTask;

    /// <summary>After the last row: the rows are then in the caller's transaction.</summary>
    public async Task CompleteAsync()
    {
        BinaryPrimitives.WriteInt16BigEndian(Take(2), -1);
        await SendAsync();
        _completed = true;
        await _stream.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_completed) await _stream.CancelAsync();
        await _stream.DisposeAsync();
    }

    private async ValueTask SendAsync()
    {
        await _stream.WriteAsync(_buffer.AsMemory(0, _used));
        _used = 0;
    }

    // The next bytes of the buffer, counted as written; the buffer grows for a row larger than a block.
    private Span<byte> Take(int length)
    {
        if (_used + length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _used + length));
        var span = _buffer.AsSpan(_used, length);
        _used += length;
        return span;
    }
}
