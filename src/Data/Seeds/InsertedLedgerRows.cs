using System.Text;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// Imported ledger rows on SQLite: inserts of <see cref="RowsPerInsert"/> rows each, compiled once
/// and run again and again with new values, through the SQLite handle underneath the connection.
/// A statement's own cost (opening its cursors, building the list the kind check looks in) is then
/// paid once for many rows instead of for each, and the ADO.NET command's cost per execution (a
/// reader, every parameter found by name and converted again) not at all. Text is bound as UTF-8
/// from one reused buffer. The inserts run on a thread of their own while the import reads and
/// checks the next lines: on two cores the file and SQLite no longer take turns. Only that thread
/// uses the connection until <see cref="CompleteAsync"/>; the import's checks touch none.
/// </summary>
internal sealed class InsertedLedgerRows : ImportedLedgerRows
{
    private const int RowsPerInsert = 100;

    // ?1 is the import's moment, shared by every row; each row then has these eight, in this order.
    private const int ParametersPerRow = 8;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _recordedAt;
    private readonly sqlite3_stmt _insert;
    private readonly Dictionary<DateOnly, byte[]> _dates = [];
    private readonly TextBinder _text = new();

    // Rows filled by the import, inserted by the inserter, then given back empty to be filled again.
    private const int Batches = 4;
    private readonly Channel<Row[]> _filled = Channel.CreateBounded<Row[]>(Batches);
    private readonly Channel<Row[]> _empty = Channel.CreateBounded<Row[]>(Batches);
    private readonly Task _inserter;
    private Row[] _rows = new Row[RowsPerInsert];
    private int _count;

    private readonly record struct Row(long GroupId, long PersonId, string Kind, long Amount, long? LoanId, byte[] Date, string SourceRef, string? Note);

    private InsertedLedgerRows(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset recordedAt)
    {
        (_connection, _transaction) = (connection, transaction);
        _recordedAt = AsStored(DapperTypes.Stored(recordedAt));
        // Dates are written without asking the connection, which the inserter's thread holds.
        if (AsStored(SampleDate) != DateText(SampleDate)) throw new InvalidOperationException($"The provider stores dates as '{AsStored(SampleDate)}'.");
        _insert = Prepare(RowsPerInsert);
        for (var i = 1; i < Batches; i++) _empty.Writer.TryWrite(new Row[RowsPerInsert]);
        _inserter = Task.Run(InsertFilledAsync);
    }

    public static InsertedLedgerRows Open(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset recordedAt) =>
        new(connection, transaction, recordedAt);

    public override string Road => $"prepared inserts of {RowsPerInsert} rows";

    public override async ValueTask WriteAsync(long groupId, long personId, string kind, long amount, long? loanId, DateOnly date, string sourceRef, string? note)
    {
        if (!_dates.TryGetValue(date, out var day)) _dates[date] = day = Encoding.UTF8.GetBytes(DateText(date));
        _rows[_count++] = new Row(groupId, personId, kind, amount, loanId, day, sourceRef, note);
        if (_count < RowsPerInsert) return;
        try
        {
            await _filled.Writer.WriteAsync(_rows);
            _rows = await _empty.Reader.ReadAsync();
            _count = 0;
        }
        catch (ChannelClosedException)
        {
            // A failed insert closed both channels: its own error is the one to throw.
            await _inserter;
            throw;
        }
    }

    private async Task InsertFilledAsync()
    {
        try
        {
            await foreach (var rows in _filled.Reader.ReadAllAsync())
            {
                Run(_insert, rows, RowsPerInsert);
                _empty.Writer.TryWrite(rows);
            }
        }
        catch (Exception e)
        {
            _filled.Writer.TryComplete(e);
            _empty.Writer.TryComplete(e);
            throw;
        }
    }

    /// <summary>The batches still queued, then the last rows, fewer than a whole insert, in one insert made for their number.</summary>
    public override async Task CompleteAsync()
    {
        _filled.Writer.TryComplete();
        await _inserter;
        if (_count > 0)
        {
            using var last = Prepare(_count);
            Run(last, _rows, _count);
            _count = 0;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        // Left before the end (a bad line stopped the import): the inserter stops before the statement goes.
        _filled.Writer.TryComplete();
        try { await _inserter; } catch { /* already thrown to the import, or of no use once it failed */ }
        _insert.Dispose();
    }

    private sqlite3_stmt Prepare(int rows)
    {
        var values = Enumerable.Range(0, rows).Select(r =>
        {
            var p = 2 + r * ParametersPerRow;
            return $"(?{p}, ?{p + 1}, ?{p + 2}, ?{p + 3}, ?{p + 4}, ?{p + 5}, 'import', ?{p + 6}, ?{p + 7}, ?1)";
        });
        var sql = $"insert into ledger_entries ({Columns}) values {string.Join(", ", values)}";
        var result = raw.sqlite3_prepare_v2(_connection.Handle, sql, out var insert);
        if (result != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(result, _connection.Handle);
        // Bindings outlive each run: the moment is bound once for all the rows.
        BindText(insert, 1, _recordedAt);
        return insert;
    }

    private void Run(sqlite3_stmt insert, Row[] batch, int rows)
    {
        for (var r = 0; r < rows; r++)
        {
            var row = batch[r];
            var p = 2 + r * ParametersPerRow;
            raw.sqlite3_bind_int64(insert, p, row.GroupId);
            raw.sqlite3_bind_int64(insert, p + 1, row.PersonId);
            BindText(insert, p + 2, row.Kind);
            raw.sqlite3_bind_int64(insert, p + 3, row.Amount);
            if (row.LoanId is { } loan) raw.sqlite3_bind_int64(insert, p + 4, loan); else raw.sqlite3_bind_null(insert, p + 4);
            raw.sqlite3_bind_text(insert, p + 5, row.Date);
            BindText(insert, p + 6, row.SourceRef);
            if (row.Note is not null) BindText(insert, p + 7, row.Note); else raw.sqlite3_bind_null(insert, p + 7);
        }
        var result = raw.sqlite3_step(insert);
        try
        {
            // The message is the connection's latest error: read it before anything else runs.
            if (result != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(result, _connection.Handle);
        }
        finally
        {
            raw.sqlite3_reset(insert);
        }
    }

    private void BindText(sqlite3_stmt insert, int parameter, string text) => _text.Bind(insert, parameter, text);

    private static readonly DateOnly SampleDate = new(2001, 2, 3);

    private static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private string AsStored(object value) => TextBinder.AsStored(_connection, _transaction, value);
}
