using Pkkpm.Conversations.Engine;

namespace Pkkpm.Conversations.Meetings;

/// <summary>
/// When a meeting's reminder goes. Normally the day before at Conversations__ReminderHour (16.00
/// WIB). A meeting called after that moment (at 20.00 for tomorrow 08.00, or this morning for this
/// afternoon) is reminded 2 hours before it, but never between 21.00 and 06.00 WIB: a reminder that
/// would fall in the night goes at 06.00 if that is still an hour before the meeting, else not at
/// all. And none within 3 hours of the notice: the notice itself is still fresh then.
/// </summary>
internal static class ReminderPlan
{
    public static readonly TimeSpan Ahead = TimeSpan.FromHours(2);
    public static readonly TimeSpan FreshNotice = TimeSpan.FromHours(3);
    public static readonly TimeSpan ShortestLead = TimeSpan.FromHours(1);
    public const int NightFrom = 21, MorningFrom = 6;

    /// <summary>When to remind, or null for no reminder.</summary>
    public static DateTimeOffset? When(DateTimeOffset now, DateTimeOffset startsAt, int reminderHour)
    {
        var dayBefore = DayBefore(startsAt, reminderHour);
        if (dayBefore > now) return dayBefore;
        var at = (startsAt - Ahead).ToOffset(Wib.Offset);
        if (at.Hour >= NightFrom) return null; // 06.00 would be after a meeting at midnight
        if (at.Hour < MorningFrom)
        {
            at = new DateTimeOffset(DateOnly.FromDateTime(at.DateTime).ToDateTime(new TimeOnly(MorningFrom, 0)), Wib.Offset);
            if (startsAt - at < ShortestLead) return null;
        }
        return at - now < FreshNotice ? null : at;
    }

    /// <summary>The usual moment: the day before, at the reminder hour (WIB).</summary>
    public static DateTimeOffset DayBefore(DateTimeOffset startsAt, int reminderHour) =>
        new(DateOnly.FromDateTime(startsAt.ToOffset(Wib.Offset).DateTime).AddDays(-1).ToDateTime(new TimeOnly(reminderHour, 0)), Wib.Offset);

    /// <summary>", pengingat Selasa jam 16.00" (the usual one), ", pengingat besok jam 06.00", or "" for none.</summary>
    public static string Describe(DateTimeOffset now, DateTimeOffset? at, DateTimeOffset startsAt, int reminderHour)
    {
        if (at is not { } due) return "";
        var day = DateOnly.FromDateTime(due.ToOffset(Wib.Offset).DateTime);
        var today = DateOnly.FromDateTime(now.ToOffset(Wib.Offset).DateTime);
        var clock = NextMeeting.Clock(TimeOnly.FromDateTime(due.ToOffset(Wib.Offset).DateTime));
        if (due == DayBefore(startsAt, reminderHour)) return $", pengingat {NextMeeting.DayName(day)} jam {clock}";
        return day == today ? $", pengingat hari ini jam {clock}" : day == today.AddDays(1) ? $", pengingat besok jam {clock}" : $", pengingat {NextMeeting.DayName(day)} jam {clock}";
    }
}
