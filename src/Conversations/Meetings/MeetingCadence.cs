using Pkkpm.Conversations.Attendance;

namespace Pkkpm.Conversations.Meetings;

/// <summary>
/// How often a group meets, as groups.csv writes it. Weekly groups need only their weekday; the
/// others count from their first meeting, each date from the first one (never from the previous
/// meeting): every 14 days (dwimingguan), every 35 days (selapanan, the same weekday and pasaran),
/// or the same day of each month (bulanan; from the 29th-31st, the last day of shorter months),
/// as loans count their instalments, so a monthly meeting falls on the day the instalment is due.
/// </summary>
public static class MeetingCadence
{
    public const string Mingguan = "mingguan", Dwimingguan = "dwimingguan", Bulanan = "bulanan", Selapanan = "selapanan";

    public static readonly string[] All = [Mingguan, Dwimingguan, Bulanan, Selapanan];

    /// <summary>The cadence as stored, whatever its case; an empty one is weekly; null for anything else.</summary>
    public static string? Read(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Mingguan : All.FirstOrDefault(c => c.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The first meeting on or after <paramref name="today"/>, counted from <paramref name="first"/>
    /// (which is itself the answer until it has passed). Weekly groups are not counted here.</summary>
    public static DateOnly OnOrAfter(string cadence, DateOnly first, DateOnly today)
    {
        if (today <= first) return first;
        var days = today.DayNumber - first.DayNumber;
        return cadence switch
        {
            Dwimingguan => first.AddDays(RoundUp(days, 14)),
            Selapanan => first.AddDays(RoundUp(days, 35)),
            Bulanan => Monthly(first, today),
            _ => first.AddDays(RoundUp(days, 7)),
        };
    }

    private static int RoundUp(int days, int step) => (days + step - 1) / step * step;

    // AddMonths keeps the day where the month has it, else takes the month's last day.
    private static DateOnly Monthly(DateOnly first, DateOnly today)
    {
        var months = (today.Year - first.Year) * 12 + today.Month - first.Month;
        var candidate = first.AddMonths(months);
        return candidate >= today ? candidate : first.AddMonths(months + 1);
    }

    /// <summary>Why a groups.csv row's cadence and first meeting do not go together, or null when they do.</summary>
    public static string? Problem(string cadence, DateOnly? first, string meetingDay) => Check(cadence, first, meetingDay) switch
    {
        null => null,
        { Fault: CadenceFault.NoFirstMeeting } => $"first_meeting is empty: a {cadence} group counts its meetings from its first one (yyyy-MM-dd)",
        { Fault: CadenceFault.OtherWeekday } m =>
            $"first_meeting {m.First:yyyy-MM-dd} is a {MeetingDates.IndonesianName(m.First!.Value.DayOfWeek)}, not a {MeetingDates.IndonesianName(m.Weekday)} as meeting_day says",
        var m => $"first_meeting {m.First:yyyy-MM-dd} is {MeetingDates.IndonesianName(m.First!.Value.DayOfWeek)} {Pasaran.Of(m.First.Value)}, not {MeetingDates.IndonesianName(m.Weekday)} {m.Pasaran} as meeting_day says",
    };

    /// <summary>The rule itself, for whoever words it (the import in English, the console in Indonesian):
    /// a cadence other than weekly needs its first meeting; that date falls on the meeting day (a monthly
    /// group's day of the month counts instead), and a selapanan group's on its pasaran too.</summary>
    public static CadenceMismatch? Check(string cadence, DateOnly? first, string meetingDay)
    {
        if (first is not { } date)
            return cadence == Mingguan ? null : new CadenceMismatch(CadenceFault.NoFirstMeeting, null, default, null);
        if (cadence == Bulanan) return null; // the day of the month counts, whichever weekday it falls on
        if (MeetingDates.TryReadDay(meetingDay, out var weekday) && date.DayOfWeek != weekday)
            return new CadenceMismatch(CadenceFault.OtherWeekday, date, weekday, null);
        if (cadence == Selapanan && Pasaran.Named(meetingDay) is { } pasaran && Pasaran.Of(date) != pasaran)
            return new CadenceMismatch(CadenceFault.OtherPasaran, date, weekday, pasaran);
        return null;
    }
}
