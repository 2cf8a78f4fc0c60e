using Pkkpm.Conversations.Engine;

namespace Pkkpm.Conversations.Meetings;

/// <summary>
/// Whether a member owes an answer to a meeting notice: her group has a meeting called with RAPAT
/// in the coming week (its notice asked "Balas HADIR, IZIN atau SAKIT") and she has not said
/// whether she comes. Then a bare "nggih" is HADIR and a bare "mboten" is IZIN.
/// </summary>
internal static class MeetingReplies
{
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(7);

    public static async Task<bool> AreAwaitedAsync(Turn turn) => await AwaitedAsync(turn) is not null;

    /// <summary>The meeting whose notice the member has not answered yet, or null.</summary>
    public static async Task<ScheduledMeeting?> AwaitedAsync(Turn turn)
    {
        if (!Permissions.IsMember(turn.Sender)) return null;
        var group = turn.Sender.HomeGroup!;
        var meeting = await turn.Data.GetNextScheduledMeetingAsync(group.GroupId, turn.Now, turn.CancellationToken);
        if (meeting is null || meeting.StartsAt - turn.Now > Horizon) return null;
        var answers = await turn.Data.GetAttendanceAsync(group.GroupId, meeting.MeetingOn, turn.CancellationToken);
        return answers.ContainsKey(turn.Sender.PersonId) ? null : meeting;
    }
}
