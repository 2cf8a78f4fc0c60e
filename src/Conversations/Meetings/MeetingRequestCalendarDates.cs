using System.Text.RegularExpressions;

namespace Pkkpm.Conversations.Meetings;

/// <summary>Reads a calendar date: "12/12", "12-12-26", "12.12.2026", "12 Des", "tgl 12 Desember
/// 2026". Null when the words are no date; a null date when they name none (31/11, "tgl besok").</summary>
internal static partial class MeetingRequestCalendarDates
{
    public static MeetingRequestDateReading? Read(IReadOnlyList<MeetingRequestToken> tokens, int at, DateOnly today)
    {
        var length = tokens.WordAt(at) is "tgl" or "tanggal" ? 1 : 0;
        var word = tokens.WordAt(at + length);
        if (Numeric().Match(word) is { Success: true } numeric)
            return new(length + 1, Resolve(numeric.Groups["d"].Value, numeric.Groups["m"].Value, numeric.Groups["y"].Value, today));
        if (DayOfMonth().IsMatch(word) && Months.TryGetValue(tokens.WordAt(at + length + 1), out var month))
        {
            // Only a four-digit year after a month name: "12 Des 15" is the 12th at 15:00.
            var year = FourDigits().IsMatch(tokens.WordAt(at + length + 2)) ? tokens.WordAt(at + length + 2) : "";
            return new(length + 2 + (year == "" ? 0 : 1), Resolve(word, month.ToString(), year, today));
        }
        // "tgl" promised a date that did not come.
        return length == 0 ? null : new(word == "" ? 1 : 2, null);
    }

    /// <summary>The date, or null if it does not exist. Without a year: the next such date on or
    /// after today (29/2 waits for a leap year).</summary>
    private static DateOnly? Resolve(string day, string month, string year, DateOnly today)
    {
        var (d, m) = (int.Parse(day), int.Parse(month));
        if (year != "")
        {
            var y = year.Length == 2 ? 2000 + int.Parse(year) : int.Parse(year);
            return IsDate(y, m, d) ? new DateOnly(y, m, d) : null;
        }
        for (var y = today.Year; y <= today.Year + 8; y++)
            if (IsDate(y, m, d) && new DateOnly(y, m, d) >= today)
                return new DateOnly(y, m, d);
        return null;
    }

    private static bool IsDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static readonly Dictionary<string, int> Months = new()
    {
        ["januari"] = 1, ["jan"] = 1,
        ["februari"] = 2, ["pebruari"] = 2, ["feb"] = 2, ["peb"] = 2,
        ["maret"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["mei"] = 5,
        ["juni"] = 6, ["jun"] = 6,
        ["juli"] = 7, ["jul"] = 7,
        ["agustus"] = 8, ["agu"] = 8, ["agt"] = 8, ["agst"] = 8, ["ags"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["oktober"] = 10, ["okt"] = 10,
        ["november"] = 11, ["nopember"] = 11, ["nov"] = 11, ["nop"] = 11,
        ["desember"] = 12, ["des"] = 12,
    };

    // 12/12, 12-12, 12/12/26, 12-12-2026; with dots only when a year follows, as 12.12 is a time.
    [GeneratedRegex(@"^(?<d>\d{1,2})(?:(?<s>[/-])(?<m>\d{1,2})(?:\k<s>(?<y>\d{4}|\d{2}))?|\.(?<m>\d{1,2})\.(?<y>\d{4}|\d{2}))$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex FourDigits();
}
