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
            """, new { GroupIds = Dialect.Values(connection, groupIds) }, cancellationToken));
        return new Audience((int)members, (int)optedOut);
    }

    // The YA records the broadcast only: one row with its audience (the ids of the groups as they
    // are now) and how many that is, as the summary counted it moments before. BroadcastFanOut
    // lists the groups and expands them into outbox rows afterwards, a bounded batch per unit, so a
    // broadcast to a million members (50,000 groups) holds the writer about as long as one to
    // fifteen. STATUS counts exactly once the rows are all there.
    private const string BroadcastSql = $"""
        insert into broadcasts (sent_by_person_id, group_id, body, kind, members, group_ids, source_message_sid, source, created_at)
        values ({RecordedBy}, @GroupId, @Body, @Kind, @Members, @GroupIds, @Sid, @Source, @Now)
        returning id;
        """;

    /// <summary>True once this turn has recorded a broadcast: after its commit the fan-out has work.</summary>
    public bool RecordedBroadcast { get; private set; }

    public async Task<BroadcastSent> BroadcastAsync(IReadOnlyList<long> groupIds, string body, string kind, Audience? counted, CancellationToken cancellationToken)
    {
        var audience = counted ?? await GetAudienceAsync(groupIds, cancellationToken);
        // From the console (a meeting called at /console/rapat): source console, no message.
        var broadcastId = await connection.ExecuteScalarAsync<long>(PeopleAttributed(BroadcastSql, new
        {
            GroupId = groupIds.Count == 1 ? groupIds[0] : (long?)null, Body = body, Kind = kind, audience.Members,
            GroupIds = Dialect.Values(connection, groupIds),
        }, cancellationToken));
        RecordedBroadcast = true;
        return new BroadcastSent(broadcastId, audience.Recipients, audience.OptedOut);
    }

    // Twilio's delivery status refines "sent": delivered (or read) reached the phone; failed or
    // undelivered did not. Members the fan-out has not reached yet are waiting too.
    private const string ProgressSql = """
        select b.id as BroadcastId, b.sent_by_person_id as SentByPersonId,
               cast(coalesce(sum(case when o.status = 'queued' then 1 else 0 end), 0)
                    + case when b.fanned_out_at is null and b.members > count(o.id) then b.members - count(o.id) else 0 end as bigint) as Waiting,
               cast(coalesce(sum(case when o.status = 'sent' and coalesce(o.delivery_status, '') not in ('delivered', 'read', 'failed', 'undelivered') then 1 else 0 end), 0) as bigint) as Sent,
               cast(coalesce(sum(case when o.status = 'sent' and o.delivery_status in ('delivered', 'read') then 1 else 0 end), 0) as bigint) as Delivered,
               cast(coalesce(sum(case when o.status = 'failed' or o.delivery_status in ('failed', 'undelivered') then 1 else 0 end), 0) as bigint) as Failed,
               cast(coalesce(sum(case when o.status = 'skipped' then 1 else 0 end), 0) as bigint) as Skipped
          from broadcasts b left join outbox o on o.broadcast_id = b.id
         where b.id = @BroadcastId
         group by b.id, b.sent_by_person_id, b.fanned_out_at, b.members;
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
