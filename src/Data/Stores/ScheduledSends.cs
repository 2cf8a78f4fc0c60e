using System.Data.Common;
using Dapper;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>What the scheduled jobs read and queue: a meeting's reminder, the weekly tips.</summary>
public static class ScheduledSends
{
    public sealed record MeetingToRemind(long MeetingId, long GroupId, string GroupName, DateTimeOffset StartsAt, DateOnly MeetingOn, string Place, string SignerName, Role SignerRole, string? Pasaran = null);

    public static async Task<MeetingToRemind?> FindMeetingAsync(DbConnection connection, DbTransaction transaction, long meetingId)
    {
        var row = await connection.QuerySingleOrDefaultAsync<(long Id, long GroupId, string GroupName, DateTimeOffset StartsAt, DateOnly MeetingOn, string Place, string? Signer, string? Role, string? Pasaran)?>("""
            select m.id, m.group_id, g.name, m.starts_at, m.meeting_on, m.place, p.name, p.role, m.pasaran
              from meetings m join groups g on g.id = m.group_id left join people p on p.id = m.scheduled_by_person_id
             where m.id = @Id
            """, new { Id = meetingId }, transaction);
        return row is { } r
            ? new MeetingToRemind(r.Id, r.GroupId, r.GroupName, r.StartsAt, r.MeetingOn, r.Place,
                r.Signer ?? "PKKPM", Roles.TryParse(r.Role, out var role) ? role : Role.Pendamping, r.Pasaran)
            : null;
    }

    // Reminders go to members who have not said HADIR, IZIN or SAKIT for that meeting, and not to
    // those who opted out of bulk messages. They carry the message that called the meeting, so a
    // meeting called in the console's simulator reminds no one for real (0011_simulated.sql).
    public static Task<int> QueueReminderAsync(DbConnection connection, DbTransaction transaction, MeetingToRemind meeting, string body, DateTimeOffset now) =>
        connection.ExecuteAsync($"""
            insert into outbox (to_phone, channel, body, kind, priority, source_message_sid, created_at)
            select p.phone, {Outbox.ChannelOf("p.phone")},
                   @Body, @Kind, @Priority, (select s.source_message_sid from meetings s where s.id = @MeetingId), @Now
              from memberships m join people p on p.id = m.person_id
             where m.group_id = @GroupId and m.list_number is not null and p.opted_out_at is null
               and not exists (select 1 from attendance a where a.group_id = m.group_id and a.person_id = p.id and a.meeting_on = @MeetingOn)
             order by m.list_number
            """,
            new
            {
                Body = body, Kind = OutboundKinds.Reminder, Priority = OutboundKinds.Priority(OutboundKinds.Reminder), Now = now,
                meeting.GroupId, meeting.MeetingId, MeetingOn = meeting.MeetingOn,
            },
            transaction);

    /// <summary>Subscribers who have not opted out, with the last tip each got (by TIPS or weekly).</summary>
    public static async Task<IReadOnlyList<TipSubscriber>> TipSubscribersAsync(DbConnection connection, DbTransaction transaction) =>
        (await connection.QueryAsync<TipSubscriber>("""
            select p.id as PersonId, p.phone as Phone,
                   (select d.tip_code from tip_deliveries d where d.person_id = p.id order by d.id desc limit 1) as LastTip
              from tip_subscriptions s join people p on p.id = s.person_id
             where p.opted_out_at is null order by p.id
            """, transaction: transaction)).ToList();

    public sealed record TipSubscriber(long PersonId, string Phone, string? LastTip);

    public static Task QueueTipsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<(string Phone, string Body)> tips, DateTimeOffset now) =>
        Outbox.QueueAllAsync(connection, transaction, tips.Select(t => new QueueOutbound(t.Phone, null, t.Body, OutboundKinds.Tip)), now);
}
