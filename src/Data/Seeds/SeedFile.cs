using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// Reads one seed CSV row by row, checking the header first, and turns every problem into a
/// <see cref="SeedException"/> that names the file and the line a person would open in an editor.
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

    /// <summary>The data rows, each with its line number in the file.</summary>
    public IEnumerable<Row> Rows()
    {
        while (true)
        {
            bool more;
            try { more = _csv.Read(); }
            catch (CsvHelperException e) { throw Error(_csv.Parser.RawRow, $"not valid CSV ({e.GetType().Name})"); }
            if (!more) yield break;
            if (IsBlank(_csv.Parser)) continue;
            yield return new Row(this, _csv.Parser, _csv.Parser.RawRow);
        }
    }

    public SeedException Error(int line, string reason) => new(Name, line, reason);

    private static bool IsBlank(IParser parser)
    {
        for (var i = 0; i < parser.Count; i++)
            if (!string.IsNullOrWhiteSpace(parser[i])) return false;
        return true;
    }

    public void Dispose()
    {
        _csv.Dispose();
        _reader.Dispose();
    }

    internal readonly struct Row(SeedFile file, IParser fields, int line)
    {
        public int Line => line;

        public string Text(string column, bool required = true)
        {
            var value = file._columns.TryGetValue(column, out var index) && index < fields.Count ? fields[index]?.Trim() ?? "" : "";
            if (required && value.Length == 0) throw Fail($"{column} is empty");
            return value;
        }

        /// <summary>Text that replies echo in an SMS (a name, a place). Typographic punctuation is
        /// folded to plain (a curly apostrophe becomes a straight one); any other character outside
        /// GSM-7 would turn every SMS that echoes it into UCS-2, so the row is refused.</summary>
        public string Gsm7Text(string column, bool required = true)
        {
            var text = TypographicPunctuation.Fold(Text(column, required));
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
