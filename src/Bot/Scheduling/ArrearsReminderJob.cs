using System.Data.Common;
using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Engine;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Scheduling;

/// <summary>
/// The weekly arrears reminder to members who asked for it (INGATKAN): Monday at Loans__ReminderHour
/// WIB, before most groups meet, so the money can come to the meeting. A run queues one SMS per member
/// in arrears and the next Monday's job; the member's row per week keeps it to one however often it runs.
/// </summary>
internal static class ArrearsReminderJob
{
    public static Task EnsureAsync(DbConnection c, DbTransaction t, DateTimeOffset nowWib, int hour)
    {
        var daysAhead = ((int)DayOfWeek.Monday - (int)nowWib.DayOfWeek + 7) % 7;
        var slot = new DateTimeOffset(DateOnly.FromDateTime(nowWib.DateTime).AddDays(daysAhead).ToDateTime(new TimeOnly(hour, 0)), Wib.Offset);
        if (slot <= nowWib) slot = slot.AddDays(7);
        return ScheduledJobs.EnsureAsync(c, t, ScheduledJobs.ArrearsReminders, ScheduledJobs.NoRef, slot);
    }

    public static async Task<int> RunAsync(DbConnection c, DbTransaction t, ScheduledJobs.Job job, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.ToOffset(Wib.Offset).DateTime);
        var queued = await ConversationData.QueueArrearsRemindersAsync(c, t, today, MeetingDates.WeekStart(today), now);
        // The next slot after now: a service down for weeks sends one reminder, not a backlog.
        var next = job.DueAt.AddDays(7);
        while (next <= now) next = next.AddDays(7);
        await ScheduledJobs.EnsureAsync(c, t, ScheduledJobs.ArrearsReminders, ScheduledJobs.NoRef, next);
        return queued;
    }
}
