using Dapper;
using Pkkpm.Conversations.Attendance;

namespace Pkkpm.Data.Stores;

/// <summary>Who came to which meeting. Not money: the latest word replaces the earlier one.</summary>
public sealed partial class ConversationData
{
    private const string AttendanceSql = """
        select person_id, status from attendance where group_id = @GroupId and meeting_on = @MeetingOn;
        """;

    private const string SetAttendanceSql = $"""
        insert into attendance (group_id, person_id, meeting_on, status, reason, recorded_by_person_id, source_message_sid, recorded_at)
        values (@GroupId, @PersonId, @MeetingOn, @Status, @Reason, {RecordedBy}, @Sid, @Now)
        on conflict (group_id, person_id, meeting_on) do update
           set status = excluded.status, reason = excluded.reason, recorded_by_person_id = excluded.recorded_by_person_id,
               source_message_sid = excluded.source_message_sid, recorded_at = excluded.recorded_at;
        """;

    public async Task<IReadOnlyDictionary<long, AttendanceStatus>> GetAttendanceAsync(long groupId, DateOnly meetingOn, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(long PersonId, string Status)>(
            Command(AttendanceSql, new { GroupId = groupId, MeetingOn = meetingOn }, cancellationToken));
        return rows.ToDictionary(r => r.PersonId, r => Parse<AttendanceStatus>(r.Status));
    }

    public Task SetAttendanceAsync(long groupId, long personId, DateOnly meetingOn, AttendanceStatus status, string? reason, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(Attributed(SetAttendanceSql,
            new { GroupId = groupId, PersonId = personId, MeetingOn = meetingOn, Status = Code(status), Reason = reason },
            cancellationToken));
}
