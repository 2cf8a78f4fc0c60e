using Pkkpm.Conversations.Broadcasts;
using Pkkpm.Conversations.Groups;

namespace Pkkpm.Bot.ProgrammeConsole.Groups;

/// <summary>
/// A schedule the form read, and who is told of it: the group's members as a RAPAT notice counts
/// them (<paramref name="Told"/>), or nobody when it is the schedule the group already has.
/// </summary>
public sealed record ScheduleChange(MeetingSchedule Schedule, Audience? Told)
{
    /// <summary>The same meetings: a weekly group's first meeting counts for nothing, so it changes nothing.</summary>
    public static bool Same(MeetingSchedule current, MeetingSchedule wanted) =>
        current.Cadence == wanted.Cadence && current.Day == wanted.Day && current.Time == wanted.Time && current.Place == wanted.Place
        && (wanted.Cadence == Conversations.Meetings.MeetingCadence.Mingguan || current.FirstMeeting == wanted.FirstMeeting);
}
