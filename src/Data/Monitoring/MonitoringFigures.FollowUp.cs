using Dapper;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Data.Monitoring;

/// <summary>What waits for someone, and what the messages cost.</summary>
public sealed partial class MonitoringFigures
{
    // People in scope: members, officers and the pendamping of the scope's groups.
    private const string PeopleInScope = """
        select m.person_id from memberships m join groups g on g.id = m.group_id where {0}
        """;

    // Beyond this many groups a scope's people are too many to list: each opted-out person, tip
    // subscriber and message is asked instead whether she (its number) belongs to it.
    internal const int ListedUpToGroups = 500;

    // For a large scope, "in (its memberships)" built a list of every member per count: 1.1 s of CPU
    // for the whole programme at 1M members, 0.9 s for a pemantau of half its villages, 0.6 s for
    // the messages of her week. Asking each opted-out person (found by people_opted_out, 0028),
    // subscriber or message whether she has a membership there costs a few seeks each instead. A
    // small scope keeps the list: it is short, while the question would be asked of every subscriber
    // and message in the programme.
    private static string InScope(MonitoringScope scope, bool large, string person, string where) =>
        scope.IsWholeProgramme ? $"exists (select 1 from memberships m where m.person_id = {person})"
        : large ? $"exists (select 1 from memberships m join groups g on g.id = m.group_id where m.person_id = {person} and {where})"
        : $"{person} in ({string.Format(PeopleInScope, where)})";

    // Whether a scope's people are too many to list (InScope).
    private static async Task<bool> IsLargeAsync(System.Data.Common.DbConnection connection, Query q) =>
        q.ScopeOf.IsWholeProgramme || await connection.ExecuteScalarAsync<long>(
            q.Command($"select cast(count(*) as bigint) from groups g where {q.Scope}")) > ListedUpToGroups;

    // The open disputes are few: each is asked whether its entry is in scope. Joined the other way,
    // SQLite went from a pemantau's 1,250 villages through all their ledger entries (0.4 s).
    public Task<FollowUpFigures> GetFollowUpAsync(MonitoringScope scope, CancellationToken cancellationToken = default) =>
        ReadAsync(scope, null, async (connection, q) =>
        {
            var large = await IsLargeAsync(connection, q);
            var sql = $"""
                select cast(count(*) as bigint) from entry_disputes d
                 where d.resolution is null
                   and exists (select 1 from ledger_entries e join groups g on g.id = e.group_id where e.id = d.entry_id and {q.Scope});
                select cast(count(*) as bigint) from reported_repayments r join groups g on g.id = r.group_id
                 where {q.Scope} and r.status = 'menunggu';
                select cast(count(*) as bigint) from people p
                 where p.opted_out_at is not null and {InScope(scope, large, "p.id", q.Scope)};
                select cast(count(*) as bigint) from tip_subscriptions t
                 where {InScope(scope, large, "t.person_id", q.Scope)};
                """;
            using var results = await connection.QueryMultipleAsync(q.Command(sql));
            return new FollowUpFigures(await results.ReadSingleAsync<long>(), await results.ReadSingleAsync<long>(),
                await results.ReadSingleAsync<long>(), await results.ReadSingleAsync<long>());
        }, cancellationToken);

    public Task<OutboundFigures> GetOutboundAsync(MonitoringScope scope, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var (start, end) = period.Moments;
        return ReadAsync(scope, new { Start = start, End = end }, async (connection, q) =>
        {
            // Each message of the period is asked whether its number is someone's in scope.
            var large = await IsLargeAsync(connection, q);
            var inScope = $"""
                from outbox o
                 where o.created_at >= @Start and o.created_at < @End
                   and exists (select 1 from people p where p.phone = o.to_phone and {InScope(q.ScopeOf, large, "p.id", q.Scope)})
                """;
            // Segments depend on every character (GSM-7 or not), which SQL cannot judge; the same
            // words to many people (a broadcast) come back once, with their count.
            var sql = $"""
                select cast(count(*) as bigint) as Messages,
                       cast(coalesce(sum(case when o.status = 'sent' then 1 else 0 end), 0) as bigint) as Sent,
                       cast(coalesce(sum(case when o.delivery_status in ('delivered', 'read') then 1 else 0 end), 0) as bigint) as Delivered,
                       cast(coalesce(sum(case when o.status = 'failed' or o.delivery_status in ('failed', 'undelivered') then 1 else 0 end), 0) as bigint) as Failed,
                       cast(coalesce(sum(case when o.status = 'queued' then 1 else 0 end), 0) as bigint) as Queued,
                       cast(coalesce(sum(case when o.status = 'sent' and o.sent_channel = 'sms' then 1 else 0 end), 0) as bigint) as SmsSent,
                       cast(coalesce(sum(case when o.status = 'sent' and o.sent_channel = 'sms' and o.body_removed_at is not null then 1 else 0 end), 0) as bigint) as SmsWithoutBody
                  {inScope};
                select o.body as Body, cast(count(*) as bigint) as Times
                  {inScope} and o.status = 'sent' and o.sent_channel = 'sms' and o.body_removed_at is null
                 group by o.body;
                """;
            using var results = await connection.QueryMultipleAsync(q.Command(sql));
            var totals = await results.ReadSingleAsync<OutboundRow>();
            var segments = (await results.ReadAsync<BodyRow>()).Sum(b => SmsLength.Segments(b.Body) * b.Times);
            return new OutboundFigures(totals.Messages, totals.Sent, totals.Delivered, totals.Failed, totals.Queued,
                totals.SmsSent, segments, totals.SmsWithoutBody);
        }, cancellationToken);
    }

    private sealed class OutboundRow
    {
        public long Messages { get; init; }
        public long Sent { get; init; }
        public long Delivered { get; init; }
        public long Failed { get; init; }
        public long Queued { get; init; }
        public long SmsSent { get; init; }
        public long SmsWithoutBody { get; init; }
    }

    private sealed class BodyRow
    {
        public string Body { get; init; } = "";
        public long Times { get; init; }
    }
}
