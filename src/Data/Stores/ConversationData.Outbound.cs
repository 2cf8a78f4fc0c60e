using Dapper;
using Pkkpm.Conversations.Broadcasts;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>Opting out of bulk messages, and broadcasts to whole groups.</summary>
public sealed partial class ConversationData
{
    public Task SetOptedOutAsync(long personId, bool optedOut, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(Attributed(optedOut
            ? "update people set opted_out_at = @Now where id = @PersonId and opted_out_at is null"
            : "update people set opted_out_at = null where id = @PersonId",
            new { PersonId = personId }, cancellationToken));

    // Members of the groups (a pendamping has no list number and is not one), never the sender.
    private string AudienceWhere => $"""
          from people p
         where p.id in (select m.person_id from memberships m where {Dialect.In(connection, "m.group_id", "@GroupIds")} and m.list_number is not null)
           and p.phone <> @FromPhone
        """;

    public async Task<Audience> GetAudienceAsync(IReadOnlyList<long> groupIds, CancellationToken cancellationToken)
    {
        var (members, optedOut) = await connection.QuerySingleAsync<(long, long)>(Attributed($"""
            select count(*), count(p.opted_out_at) {AudienceWhere}
            """, new { GroupIds = groupIds.ToArray() }, cancellationToken));
        return new Audience((int)members, (int)optedOut);
    }

    // One statement for the whole audience: a broadcast to 2,700 members is one insert, in the same
    // transaction as the YA that confirmed it. Opted-out members get a skipped row, so STATUS counts them.
    private const string BroadcastSql = $"""
        insert into broadcasts (sent_by_person_id, group_id, body, source_message_sid, created_at)
        values ({RecordedBy}, @GroupId, @Body, @Sid, @Now)
        returning id;
        """;

    private string BroadcastOutboxSql => $"""
        insert into outbox (to_phone, channel, body, kind, priority, broadcast_id, source_message_sid, created_at, status)
        select p.phone, {Outbox.ChannelOf("p.phone")},
               @Body, @Kind, @Priority, @BroadcastId, @Sid, @Now,
               case when p.opted_out_at is null then 'queued' else 'skipped' end
        {AudienceWhere}
         order by p.id;
        """;

    public async Task<BroadcastSent> BroadcastAsync(IReadOnlyList<long> groupIds, string body, string kind, CancellationToken cancellationToken)
    {
        var broadcastId = await connection.ExecuteScalarAsync<long>(Attributed(BroadcastSql,
            new { GroupId = groupIds.Count == 1 ? groupIds[0] : (long?)null, Body = body }, cancellationToken));
        await connection.ExecuteAsync(Attributed(BroadcastOutboxSql,
            new { GroupIds = groupIds.ToArray(), Body = body, Kind = kind, Priority = OutboundKinds.Priority(kind), BroadcastId = broadcastId }, cancellationToken));
        var progress = await GetBroadcastProgressAsync(broadcastId, cancellationToken);
        return new BroadcastSent(broadcastId, progress!.Total - progress.Skipped, progress.Skipped);
    }

    // Twilio's delivery status refines "sent": delivered (or read) reached the phone; failed or
    // undelivered did not.
    private const string ProgressSql = """
        select b.id as BroadcastId, b.sent_by_person_id as SentByPersonId,
               cast(coalesce(sum(case when o.status = 'queued' then 1 else 0 end), 0) as bigint) as Waiting,
               cast(coalesce(sum(case when o.status = 'sent' and coalesce(o.delivery_status, '') not in ('delivered', 'read', 'failed', 'undelivered') then 1 else 0 end), 0) as bigint) as Sent,
               cast(coalesce(sum(case when o.status = 'sent' and o.delivery_status in ('delivered', 'read') then 1 else 0 end), 0) as bigint) as Delivered,
               cast(coalesce(sum(case when o.status = 'failed' or o.delivery_status in ('failed', 'undelivered') then 1 else 0 end), 0) as bigint) as Failed,
               cast(coalesce(sum(case when o.status = 'skipped' then 1 else 0 end), 0) as bigint) as Skipped
          from broadcasts b left join outbox o on o.broadcast_id = b.id
         where b.id = @BroadcastId
         group by b.id, b.sent_by_person_id;
        """;

    public async Task<BroadcastProgress?> GetBroadcastProgressAsync(long broadcastId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<ProgressRow>(Command(ProgressSql, new { BroadcastId = broadcastId }, cancellationToken));
        return row is null ? null : new BroadcastProgress(row.BroadcastId, row.SentByPersonId, (int)row.Waiting, (int)row.Sent, (int)row.Delivered, (int)row.Failed, (int)row.Skipped);
    }

    private sealed class ProgressRow
    {
        public long BroadcastId { get; init; }
        public long SentByPersonId { get; init; }
        public long Waiting { get; init; }
        public long Sent { get; init; }
        public long Delivered { get; init; }
        public long Failed { get; init; }
        public long Skipped { get; init; }
    }
}
