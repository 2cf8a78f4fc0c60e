using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using CsvHelper;
using CsvHelper.Configuration;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// Reads one seed CSV row by row, checking the header first, and turns every problem into a
/// <see cref="SeedException"/> that names the file and the line a person would open in an editor.
/// The rows are read ahead on a thread of their own, while the import writes the ones before
/// (<see cref="Rows"/>): reading CSV was about an eighth of a large import's own work, on the thread that also
/// feeds the database.
/// </summary>
internal sealed class SeedFile : IDisposable
{
    private readonly StreamReader _reader;
    private readonly CsvReader _csv;

    public SeedFile(string folder, string name, params string[] requiredColumns)
    {
        Name = name;
        _reader = new StreamReader(Path.Combine(folder, name));
        _csv = new CsvReader(_reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            BadDataFound = null,
        });
        if (!_csv.Read() || !_csv.ReadHeader()) throw Error(1, "the file is empty; it needs a header row");
        // Where each column is, found once: a ledger has millions of rows, and finding a column by
        // its name on every row cost more than reading the row.
        for (var i = 0; i < _csv.HeaderRecord!.Length; i++) _columns.TryAdd(_csv.HeaderRecord[i].Trim().ToLowerInvariant(), i);
        var missing = requiredColumns.Where(c => !_columns.ContainsKey(c)).ToList();
        if (missing.Count > 0) throw Error(1, $"missing column(s) {string.Join(", ", missing)} in the header");
    }

    private readonly Dictionary<string, int> _columns = [];

    // A ledger has few distinct dates on millions of rows: each is read once.
    private readonly Dictionary<string, DateOnly> _dates = [];

    public string Name { get; }

    public static bool Exists(string folder, string name) => File.Exists(Path.Combine(folder, name));

    // Rows read ahead, a batch at a time; a few batches at most wait in memory.
    private const int RowsPerBatch = 1024;
    private readonly BlockingCollection<Batch> _readAhead = new(boundedCapacity: 4);
    private readonly CancellationTokenSource _stopReading = new();
    private Task? _reading;

    /// <summary>Rows as read, and, last, what stopped the reading if it was not the end of the file.</summary>
    private sealed record Batch(List<Row> Rows, Exception? Problem);

    /// <summary>
    /// The data rows, each with its line number in the file, in the order of the file. Read once.
    /// <paramref name="ahead"/>: work that depends on the row alone (reading its phone number, the
    /// costliest check of a person's row), done on the reading thread too; its result is the row's <see cref="Row.Ahead"/>.
    /// </summary>
    public IEnumerable<Row> Rows(Func<Row, object?>? ahead = null)
    {
        if (_reading is not null) throw new InvalidOperationException($"{Name} is read once.");
        _reading = Task.Run(() => ReadAhead(ahead));
        foreach (var batch in _readAhead.GetConsumingEnumerable())
        {
            foreach (var row in batch.Rows) yield return row;
            if (batch.Problem is not null) ExceptionDispatchInfo.Throw(batch.Problem);
        }
    }

    private void ReadAhead(Func<Row, object?>? ahead)
    {
        var rows = new List<Row>(RowsPerBatch);
        try
        {
            SeedException? problem = null;
            while (true)
            {
                bool more;
                try { more = _csv.Read(); }
                catch (CsvHelperException e) { problem = Error(_csv.Parser.RawRow, $"not valid CSV ({e.GetType().Name})"); more = false; }
                if (!more) break;
                var fields = _csv.Parser.Record!;
                if (fields.All(string.IsNullOrWhiteSpace)) continue;
                var row = new Row(this, fields, FirstLine(fields, _csv.Parser.RawRow));
                rows.Add(ahead is null ? row : new Row(this, fields, row.Line, ahead(row)));
                if (rows.Count < RowsPerBatch) continue;
                _readAhead.Add(new Batch(rows, null), _stopReading.Token);
                rows = new List<Row>(RowsPerBatch);
            }
            _readAhead.Add(new Batch(rows, problem), _stopReading.Token);
        }
        catch (OperationCanceledException) { } // the import stopped reading
        catch (Exception e)
        {
            // Whatever else stops the reading (the disk) stops the import, as if read on the import's thread.
            try { _readAhead.Add(new Batch(rows, e), _stopReading.Token); }
            catch (OperationCanceledException) { }
        }
        finally
        {
            _readAhead.CompleteAdding();
        }
    }

    public SeedException Error(int line, string reason) => new(Name, line, reason);

    /// <summary>
    /// The line a row starts on. CsvHelper counts the lines up to the row's last: a quoted note over
    /// several lines (a spreadsheet's cell with a line break) would send a person past the row, to
    /// the line of its last words.
    /// </summary>
    private static int FirstLine(string[] fields, int lastLine)
    {
        foreach (var field in fields) lastLine -= field.AsSpan().Count('\n');
        return lastLine;
    }

    public void Dispose()
    {
        // An import that stops before the last row stops the reading first: it holds the file.
        _stopReading.Cancel();
        _reading?.Wait();
        _stopReading.Dispose();
        _readAhead.Dispose();
        _csv.Dispose();
        _reader.Dispose();
    }

    internal readonly struct Row(SeedFile file, string[] fields, int line, object? ahead = null)
    {
        public int Line => line;

        /// <summary>What the reading thread made of the row (<see cref="Rows"/>), if asked.</summary>
        public object? Ahead => ahead;

        public string Text(string column, bool required = true)
        {
            var value = file._columns.TryGetValue(column, out var index) && index < fields.Length ? fields[index]?.Trim() ?? "" : "";
            if (required && value.Length == 0) throw Fail($"{column} is empty");
            return value;
        }

        /// <summary>Text that replies echo in an SMS (a name, a place). Typographic punctuation is
        /// folded to plain (a curly apostrophe becomes a straight one); any other character outside
        /// GSM-7 would turn every SMS that echoes it into UCS-2, so the row is refused.</summary>
        public string Gsm7Text(string column, bool required = true)
        {
            var text = TypographicPunctuation.Fold(Text(column, required));
            if (SmsLength.IsGsm7(text)) return text;
            foreach (var character in text.EnumerateRunes())
            {
                if (!SmsLength.IsGsm7(character.ToString()))
                    throw Fail($"{column} '{text}' has '{character}' (U+{character.Value:X4}), which a basic phone cannot show in an SMS; write it with plain letters");
            }
            return text;
        }

        public long WholeRupiah(string column)
        {
            var text = Text(column);
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
                throw Fail($"{column} '{text}' must be a positive whole number of rupiah, digits only (e.g. 50000)");
            return value;
        }

        public int Count(string column)
        {
            var text = Text(column);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
                throw Fail($"{column} '{text}' must be a positive whole number");
            return value;
        }

        public DateOnly Date(string column)
        {
            var text = Text(column);
            if (file._dates.TryGetValue(text, out var known)) return known;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw Fail($"{column} '{text}' is not a date in the form yyyy-MM-dd");
            return file._dates[text] = date;
        }

        public SeedException Fail(string reason) => file.Error(line, reason);
    }
}
