using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Engine;

namespace Pkkpm.Data.Monitoring;

/// <summary>
/// The days a report covers, both ends included, as calendar dates in WIB: the same yyyy-MM-dd the
/// ledger's occurred_on and attendance's meeting_on hold.
/// </summary>
public sealed record ReportPeriod
{
    public enum Span { Week, Month, Custom }

    private ReportPeriod(Span kind, DateOnly from, DateOnly to)
    {
        if (to < from) throw new ArgumentException($"a period ends ({to:yyyy-MM-dd}) on or after it starts ({from:yyyy-MM-dd})");
        Kind = kind;
        From = from;
        To = to;
    }

    public Span Kind { get; }
    public DateOnly From { get; }
    public DateOnly To { get; }

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Senin to Minggu around <paramref name="day"/>: Indonesian calendars start on Monday.</summary>
    public static ReportPeriod Week(DateOnly day)
    {
        var monday = MeetingDates.WeekStart(day);
        return new(Span.Week, monday, monday.AddDays(6));
    }

    public static ReportPeriod Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new(Span.Month, first, first.AddMonths(1).AddDays(-1));
    }

    public static ReportPeriod Custom(DateOnly from, DateOnly to) => new(Span.Custom, from, to);

    /// <summary>The week (WIB) that holds <paramref name="moment"/>.</summary>
    public static ReportPeriod WeekOf(DateTimeOffset moment) => Week(DateOnly.FromDateTime(moment.ToOffset(Wib.Offset).DateTime));

    /// <summary>The first moment of the period and the first moment after it, for timestamp columns.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Moments =>
        (new DateTimeOffset(From.ToDateTime(TimeOnly.MinValue), Wib.Offset).ToUniversalTime(),
         new DateTimeOffset(To.AddDays(1).ToDateTime(TimeOnly.MinValue), Wib.Offset).ToUniversalTime());

    /// <summary>The Mondays of the weeks the period touches.</summary>
    public IReadOnlyList<DateOnly> WeekStarts()
    {
        var weeks = new List<DateOnly>();
        for (var monday = MeetingDates.WeekStart(From); monday <= To; monday = monday.AddDays(7)) weeks.Add(monday);
        return weeks;
    }
}
