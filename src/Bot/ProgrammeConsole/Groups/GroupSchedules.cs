using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Groups;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.ProgrammeConsole.Groups;

/// <summary>A group's schedule for the console, read by the store call JADWAL uses, and its next routine meeting day.</summary>
public static class GroupSchedules
{
    public static Task<MeetingSchedule> ReadAsync(IDatabase database, long groupId, TimeProvider clock, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var snapshot = await ReadSnapshot.BeginAsync(connection, cancellationToken);
            // Nobody is attributed for a read: the viewer's phone is not needed.
            return await ConversationData.ForConsole(connection, snapshot, "", clock.GetUtcNow()).GetMeetingScheduleAsync(groupId, cancellationToken);
        }, cancellationToken);

    /// <summary>"Senin 07/12/2026": the routine meeting JADWAL names when no RAPAT comes first.</summary>
    public static string NextRoutine(MeetingSchedule schedule, TimeProvider clock)
    {
        var next = MeetingDates.Next(schedule, clock.GetUtcNow());
        return $"{MeetingDates.IndonesianName(next.DayOfWeek)} {next:dd/MM/yyyy}";
    }
}
