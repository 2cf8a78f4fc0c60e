using System.Text.RegularExpressions;
using Pkkpm.Conversations.Deposits;

namespace Pkkpm.Conversations.Attendance;

/// <summary>The list numbers of the members present, sorted and without repeats; or, in
/// <paramref name="Error"/>, the first part that is not a number or range, exactly as typed.
/// Nothing typed gives no numbers and no error.</summary>
public sealed record AttendanceList(IReadOnlyList<int> Numbers, string? Error);

/// <summary>
/// Reads ABSEN's arguments, the treasurer's list of who came: "1 2 3 5-9, 12" is 1, 2, 3, 5 to 9
/// and 12. Numbers are separated by spaces, commas, '#', ';', '.', '/' or newlines; a range is
/// "5-9", "5 - 9", "5 s/d 9" or "5 sampai 9". "dan", "no" and "nomor" are skipped
/// ("no 1, 2 dan 3").
/// </summary>
public static partial class AttendanceArguments
{
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase) { "dan", "no", "nomor", "nmr" };

    public static AttendanceList Parse(string? arguments)
    {
        // Glue every range into one token first: "5 s/d 9" would otherwise split at the '/'.
        var text = Range().Replace(arguments ?? "", "${from}-${to}");
        var numbers = new SortedSet<int>();
        foreach (var token in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Filler.Contains(token.TrimEnd('.')))
                continue;
            if (!TryRead(token, out var from, out var to))
                return new AttendanceList([], token);
            for (var number = from; number <= to; number++)
                numbers.Add(number);
        }
        return new AttendanceList([.. numbers], null);
    }

    private static readonly char[] Separators = [' ', '\t', '\n', '\r', ',', '#', ';', '.', '/', ':'];

    // A backwards range ("9-5") or a number off the list (0, 100) is a slip we ask about, not guess.
    private static bool TryRead(string token, out int from, out int to)
    {
        from = to = 0;
        var dash = token.IndexOf('-');
        if (dash < 0)
        {
            var read = TryListNumber(token, out from);
            to = from;
            return read;
        }
        return TryListNumber(token[..dash], out from) && TryListNumber(token[(dash + 1)..], out to) && from <= to;
    }

    private static bool TryListNumber(string text, out int number)
    {
        number = 0;
        return text.Length is > 0 and <= 2 && text.All(char.IsAsciiDigit)
            && int.TryParse(text, out number) && number is >= 1 and <= TypedMember.MaxListNumber;
    }

    [GeneratedRegex(@"(?<from>\d+)\s*(?:-|\u2013|\u2014|s/d|s\.d\.?|sd|sampai|hingga)\s*(?<to>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex Range();
}
