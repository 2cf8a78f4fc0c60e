using Dapper;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.Tips;

namespace Pkkpm.Data.Stores;

/// <summary>Meetings a pendamping schedules (with their reminders), and business tips.</summary>
public sealed partial class ConversationData
{
    private const string ScheduleMeetingSql = $"""
        insert into meetings (group_id, starts_at, meeting_on, place, pasaran, scheduled_by_person_id, source_message_sid, source, created_at)
        values (@GroupId, @StartsAt, @MeetingOn, @Place, @Pasaran, {RecordedBy}, @Sid, @Source, @Now)
        returning id;
        """;

    public async Task<ScheduledMeeting> ScheduleMeetingAsync(long groupId, DateTimeOffset startsAt, DateOnly meetingOn, string place, string? pasaran, DateTimeOffset? remindAt, CancellationToken cancellationToken)
    {
        // From the console: source console, no message, still who and when.
        var meetingId = await connection.ExecuteScalarAsync<long>(PeopleAttributed(ScheduleMeetingSql,
            new { GroupId = groupId, StartsAt = startsAt, MeetingOn = meetingOn, Place = place, Pasaran = pasaran }, cancellationToken));
        if (remindAt is { } due)
            await ScheduledJobs.EnsureAsync(connection, transaction, ScheduledJobs.MeetingReminder, meetingId, due);
        return new ScheduledMeeting(meetingId, groupId, startsAt, meetingOn, place, pasaran);
    }

    public async Task<ScheduledMeeting?> GetNextScheduledMeetingAsync(long groupId, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<(long Id, DateTimeOffset StartsAt, DateOnly MeetingOn, string Place, string? Pasaran)?>(Command("""
            select id, starts_at, meeting_on, place, pasaran from meetings
             where group_id = @GroupId and starts_at >= @From
             order by starts_at limit 1
            """, new { GroupId = groupId, From = from }, cancellationToken));
        return row is { } r ? new ScheduledMeeting(r.Id, groupId, r.StartsAt, r.MeetingOn, r.Place, r.Pasaran) : null;
    }

    public Task<Tip?> TakeNextTipAsync(long personId, string? category, CancellationToken cancellationToken) =>
        TipCatalog.TakeNextAsync(connection, transaction, personId, category, message.ReceivedAt);

    public async Task<bool> SetTipSubscriptionAsync(long personId, bool subscribed, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(Attributed(subscribed
            ? "insert into tip_subscriptions (person_id, subscribed_at, source_message_sid) values (@PersonId, @Now, @Sid) on conflict (person_id) do nothing"
            : "delete from tip_subscriptions where person_id = @PersonId",
            new { PersonId = personId }, cancellationToken)) > 0;
}
