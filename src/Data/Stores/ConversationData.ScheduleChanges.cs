using System.Globalization;
using Dapper;
using Pkkpm.Conversations.Broadcasts;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>
/// A group's meeting schedule changed while the programme runs (the console's /jadwal form): the
/// groups row that JADWAL, HADIR and the console's meetings due read, and a row saying what it was
/// before, by whom and from where; the members are told as a RAPAT notice tells them.
/// </summary>
public sealed partial class ConversationData
{
    private const string ChangeScheduleSql = $"""
        update groups set meeting_cadence = @Cadence, meeting_day = @Day, meeting_time = @Time, meeting_place = @Place, first_meeting = @FirstMeeting
         where id = @GroupId;
        insert into meeting_schedule_changes (group_id, old_schedule, meeting_cadence, meeting_day, meeting_time, meeting_place, first_meeting,
                                              recorded_by_person_id, source, recorded_at)
        values (@GroupId, @Old, @Cadence, @Day, @Time, @Place, @FirstMeeting, {RecordedBy}, @Source, @Now);
        """;

    /// <summary>Sets the schedule, already checked (<c>MeetingCadence.Check</c>); <paramref name="old"/> is the one it replaces, in words.</summary>
    public Task ChangeMeetingScheduleAsync(long groupId, MeetingSchedule schedule, string old, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(PeopleAttributed(ChangeScheduleSql, new
        {
            GroupId = groupId, Old = old, schedule.Cadence, schedule.Day, Time = schedule.Time.ToString("HH:mm", CultureInfo.InvariantCulture), schedule.Place, schedule.FirstMeeting,
        }, cancellationToken));

    /// <summary>
    /// The members' SMS about the new schedule, on RAPAT's path: a broadcast to the group in this
    /// transaction (opted-out members skipped), which the fan-out puts into the outbox after the commit.
    /// From the console, so it says source console and that the viewer sent it.
    /// </summary>
    public Task<BroadcastSent> TellMeetingScheduleAsync(long groupId, string notice, CancellationToken cancellationToken) =>
        BroadcastAsync([groupId], notice, OutboundKinds.MeetingNotice, counted: null, cancellationToken);
}
