using Pkkpm.Conversations.Attendance;

namespace Pkkpm.Conversations.Meetings;

/// <summary>A date phrase: how many words it took and the date it names, or a null date when it
/// names none (31/11; "Senin 1/12" when the 1st is a Tuesday). <see cref="IsTodayByWeekday"/>:
/// today's day name, which means today only if the hour is still ahead (the time decides).
/// <see cref="PartOfDay"/>: "malam" when the words name an evening ("malam Jumat"). <see cref="Pasaran"/>:
/// the market day named with the weekday ("Kamis Legi"). <see cref="Cycle"/>: days until the same named
/// day comes again, a week or (with a pasaran) a selapan of 35.</summary>
internal sealed record MeetingRequestDateReading(int Length, DateOnly? Date, bool IsTodayByWeekday = false, string? PartOfDay = null,
    string? Pasaran = null, int Cycle = 7);

/// <summary>Reads "Senin", "Kamis Legi", "Senin 14/12", "besok", "lusa", "hari ini", "nanti",
/// a calendar date (<see cref="MeetingRequestCalendarDates"/>), the Javanese "Rebo", "dinten Setu",
/// "sesuk", "mbenjing", "mangke", and "malem Jemuah" (Thursday evening). Null when the words are no date.</summary>
internal static class MeetingRequestDates
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
        if (IsAWeek(tokens, at))
            return new(2, null);
        if (Coming.Contains(word) && IsAWeek(tokens, at + 1))
            return new(3, null);
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
            var reading = ReadWeekday(tokens, at + 1, DayBefore(eveOf), today, eve: true);
            return reading with { Length = reading.Length + 1, PartOfDay = "malam" };
        }
        if (MeetingDates.TryReadDay(word, out var day))
            return ReadWeekday(tokens, at, day, today);
        return MeetingRequestCalendarDates.Read(tokens, at, today);
    }

    /// <summary>"minggu depan", "minggu ngarep", "pekan lalu", "minggu iki": a week, not a day. We
    /// ask which day rather than read it as Sunday.</summary>
    private static bool IsAWeek(IReadOnlyList<MeetingRequestToken> tokens, int at) =>
        tokens.WordAt(at) is "minggu" or "pekan" && (Coming.Contains(tokens.WordAt(at + 1)) || This.Contains(tokens.WordAt(at + 1)) || Past.Contains(tokens.WordAt(at + 1)));

    /// <summary>"malam Jumat", "malem Setu": an evening named by the day that follows it.</summary>
    public static bool StartsAnEve(IReadOnlyList<MeetingRequestToken> tokens, int at) =>
        EveWords.Contains(tokens.WordAt(at)) && MeetingDates.TryReadDay(tokens.WordAt(at + 1), out _);

    private static DayOfWeek DayBefore(DayOfWeek day) => (DayOfWeek)(((int)day + 6) % 7);

    private static MeetingRequestDateReading ReadWeekday(IReadOnlyList<MeetingRequestToken> tokens, int at, DayOfWeek day, DateOnly today, bool saidComing = false, bool eve = false)
    {
        var length = 1;
        // "Kamis Legi": the Thursday that is also Legi, which comes once in 35 days.
        var pasaran = Pasaran.Read(tokens.WordAt(at + length));
        if (pasaran is not null)
            length++;
        string? partOfDay = null;
        // "Kamis malam Jumat" says the same evening twice; "Kamis malam Sabtu" says two.
        if (StartsAnEve(tokens, at + length) && MeetingDates.TryReadDay(tokens.WordAt(at + length + 1), out var eveOf))
        {
            length += Pasaran.Read(tokens.WordAt(at + length + 2)) is null ? 2 : 3;
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
        // "malam Jumat Kliwon": the pasaran is the Friday's, the evening the Thursday before it.
        bool IsNamed(DateOnly date) => date.DayOfWeek == day && (pasaran is null || Pasaran.Of(eve ? date.AddDays(1) : date) == pasaran);
        var cycle = pasaran is null ? 7 : 35;
        var ahead = Enumerable.Range(notToday ? 1 : 0, cycle).First(d => IsNamed(today.AddDays(d)));
        // Said back with the weekday ("Kamis Legi"), except on an eve, where it names the next day.
        var said = eve ? null : pasaran;
        if (MeetingRequestCalendarDates.Read(tokens, at + length, today) is not { } calendar)
            return new(length, today.AddDays(ahead), IsTodayByWeekday: ahead == 0, partOfDay, said, cycle);
        // The date is what they looked up; the day name (and its pasaran) must agree with it or we ask.
        var agrees = calendar.Date is { } date && IsNamed(date);
        return new(length + calendar.Length, agrees ? calendar.Date : null, PartOfDay: partOfDay, Pasaran: said, Cycle: cycle);
    }
}
