using Dapper;

namespace Pkkpm.Data.Monitoring;

/// <summary>The ledger of a scope (a group, a village) in a period, for the console's downloads.</summary>
public sealed partial class MonitoringFigures
{
    /// <summary>Every entry in the scope dated in the period (reversals included), by date; at most <paramref name="limit"/>.</summary>
    public Task<IReadOnlyList<LedgerRow>> GetLedgerAsync(MonitoringScope scope, ReportPeriod period, int limit = 100_000, CancellationToken cancellationToken = default) =>
        ReadAsync(scope, new { period.From, period.To, Limit = limit }, async (connection, q) =>
        {
            var sql = $"""
                select {EntryColumns},
                       e.person_id as PersonId, p.name as MemberName, g.code as GroupCode, g.village as Village
                  from ledger_entries e
                  join groups g on g.id = e.group_id
                  join people p on p.id = e.person_id
                {EntryJoins}
                 where {q.Scope} and e.occurred_on >= @From and e.occurred_on <= @To
                 order by e.occurred_on, e.id
                 limit @Limit
                """;
            var rows = await connection.QueryAsync<LedgerEntryRow>(q.Command(sql));
            return (IReadOnlyList<LedgerRow>)rows.Select(r => new LedgerRow(r.PersonId, r.MemberName, r.GroupCode, r.Village, r.ToStatementRow())).ToList();
        }, cancellationToken);

    /// <summary>A statement line, and whose and where it is.</summary>
    private sealed class LedgerEntryRow : EntryRow
    {
        public long PersonId { get; init; }
        public string MemberName { get; init; } = "";
        public string GroupCode { get; init; } = "";
        public string Village { get; init; } = "";
    }
}
