using System.Text.RegularExpressions;
using Pkkpm.Conversations.Attendance;

namespace Pkkpm.Conversations.Meetings;

/// <summary>A date phrase: how many words it took and the date it names, or a null date when it
/// names none (31/11; "Senin 1/12" when the 1st is a Tuesday). <see cref="IsTodayByWeekday"/>:
/// today's day name, which means today only if the hour is still ahead (the time decides).
/// <see cref="PartOfDay"/>: "malam" when the words name an evening ("malam Jumat").</summary>
internal sealed record MeetingRequestDateReading(int Length, DateOnly? Date, bool IsTodayByWeekday = false, string? PartOfDay = null);

/// <summary>Reads "Senin", "Kamis Legi", "Senin 14/12", "besok", "lusa", "hari ini", "nanti",
/// "12/12", "12-12-26", "12 Des", "tgl 12 Desember 2026", the Javanese "Rebo", "dinten Setu",
/// "sesuk", "mbenjing", "mangke", and "malem Jemuah" (Thursday evening). Null when the words are no date.</summary>
internal static partial class MeetingRequestDates
{
    private static readonly HashSet<string> Tomorrow =
        ["besok", "bsk", "besuk", "bsok", "sesuk", "sesok", "mbesuk", "mbesok", "mbenjing", "benjing", "mbenjang", "benjang"];

    private static readonly HashSet<string> LaterToday = ["nanti", "nnti", "ntar", "mangke", "mengko"];

    private static readonly HashSet<string> DayWords = ["hari", "dinten", "dina"];

    private static readonly HashSet<string> This = ["ini", "iki", "niki", "menika", "punika"];

    // After a day name these mean the coming one: "Rebo ngarep", "Jumat besok" (on a Friday, next week's).
    private static readonly HashSet<string> Coming = [.. Tomorrow, "depan", "ngarep", "ngajeng"];

    private static readonly HashSet<string> Past = ["lalu", "kemarin", "kemaren", "wingi", "kepungkur"];

    // "malam Jumat": in Java the day begins at sunset, so the eve of Friday is Thursday evening.
    private static readonly HashSet<string> EveWords = ["malam", "malem", "mlm"];

    public static MeetingRequestDateReading? Read(IReadOnlyList<MeetingRequestToken> tokens, int at, DateOnly today)
    {
        var word = tokens.WordAt(at);
        var next = tokens.WordAt(at + 1);
        // "besok Sabtu", "sesuk Rebo": the coming day of that name, not tomorrow.
        if (Coming.Contains(word) && MeetingDates.TryReadDay(next, out var coming))
        {
            var reading = ReadWeekday(tokens, at + 1, coming, today, saidComing: true);
            return reading with { Length = reading.Length + 1 };
        }
        if (Tomorrow.Contains(word))
            return new(1, today.AddDays(1));
        if (word is "lusa")
            return new(1, today.AddDays(2));
        if (LaterToday.Contains(word))
            return new(1, today);
        if (DayWords.Contains(word) && This.Contains(next))
            return new(2, today);
        if (DayWords.Contains(word) && MeetingDates.TryReadDay(next, out var named))
        {
            var reading = ReadWeekday(tokens, at + 1, named, today);
            return reading with { Length = reading.Length + 1 };
        }
        if (StartsAnEve(tokens, at) && MeetingDates.TryReadDay(next, out var eveOf))
        {
            var reading = ReadWeekday(tokens, at + 1, DayBefore(eveOf), today);
            return reading with { Length = reading.Length + 1, PartOfDay = "malam" };
        }
        // "minggu depan" (or "lalu", "ini") is a week, not a day: we ask rather than read it as Sunday.
        if (word is "minggu" or "pekan" && (Coming.Contains(next) || This.Contains(next) || Past.Contains(next)))
            return new(2, null);
        if (MeetingDates.TryReadDay(word, out var day))
            return ReadWeekday(tokens, at, day, today);
        return ReadCalendarDate(tokens, at, today);
    }

    /// <summary>"malam Jumat", "malem Setu": an evening named by the day that follows it.</summary>
    public static bool StartsAnEve(IReadOnlyList<MeetingRequestToken> tokens, int at) =>
        EveWords.Contains(tokens.WordAt(at)) && MeetingDates.TryReadDay(tokens.WordAt(at + 1), out _);

    private static DayOfWeek DayBefore(DayOfWeek day) => (DayOfWeek)(((int)day + 6) % 7);

    // The Javanese market day of "Kamis Legi" (selapanan groups) only narrows the weekday.
    private static readonly HashSet<string> Pasaran = ["legi", "pahing", "paing", "pon", "wage", "kliwon"];

    private static MeetingRequestDateReading ReadWeekday(IReadOnlyList<MeetingRequestToken> tokens, int at, DayOfWeek day, DateOnly today, bool saidComing = false)
    {
        var length = 1;
        if (Pasaran.Contains(tokens.WordAt(at + length)))
            length++;
        string? partOfDay = null;
        // "Kamis malam Jumat" says the same evening twice; "Kamis malam Sabtu" says two.
        if (StartsAnEve(tokens, at + length) && MeetingDates.TryReadDay(tokens.WordAt(at + length + 1), out var eveOf))
        {
            length += Pasaran.Contains(tokens.WordAt(at + length + 2)) ? 3 : 2;
            if (DayBefore(eveOf) != day)
                return new(length, null);
            partOfDay = "malam";
        }
        if (This.Contains(tokens.WordAt(at + length)))
            length++;
        // "Jumat depan" said on a Friday is next week's; on other days it changes nothing.
        var notToday = saidComing || Coming.Contains(tokens.WordAt(at + length));
        if (Coming.Contains(tokens.WordAt(at + length)))
            length++;
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        if (ahead == 0 && notToday)
            ahead = 7;
        if (ReadCalendarDate(tokens, at + length, today) is not { } calendar)
            return new(length, today.AddDays(ahead), IsTodayByWeekday: ahead == 0, partOfDay);
        // The date is what they looked up; the day name must agree with it or we ask.
        var agrees = calendar.Date is { } date && date.DayOfWeek == day;
        return new(length + calendar.Length, agrees ? calendar.Date : null, PartOfDay: partOfDay);
    }

    private static MeetingRequestDateReading? ReadCalendarDate(IReadOnlyList<MeetingRequestToken> tokens, int at, DateOnly today)
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
