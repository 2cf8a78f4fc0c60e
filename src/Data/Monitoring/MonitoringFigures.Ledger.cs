using Dapper;
using Pkkpm.Data.Stores;

namespace Pkkpm.Data.Monitoring;

/// <summary>The ledger of a scope (a group, a village) in a period, for the console's downloads.</summary>
public sealed partial class MonitoringFigures
{
    /// <summary>Every entry in the scope dated in the period (reversals included), by date; at most <paramref name="limit"/>.</summary>
    public Task<IReadOnlyList<LedgerRow>> GetLedgerAsync(MonitoringScope scope, ReportPeriod period, int limit = 100_000, CancellationToken cancellationToken = default) =>
        ReadAsync(scope, new { period.From, period.To, Limit = limit }, async (connection, q) =>
        {
            var sql = $"""
                select e.id as EntryId, c.id as CodeId, e.occurred_on as OccurredOn, e.kind as Kind, e.amount as Amount, e.loan_id as LoanId,
                       rc.id as ReversesCodeId, xc.id as ReversedByCodeId, r.name as RecordedByName, r.role as RecordedByRole,
                       e.source as Source, e.source_ref as SourceRef, e.note as Note, e.recorded_at as RecordedAt,
                       e.person_id as PersonId, p.name as MemberName, g.code as GroupCode, g.village as Village
                  from ledger_entries e
                  join groups g on g.id = e.group_id
                  join people p on p.id = e.person_id
                  join codes c on c.kind = 'entry' and c.ref_id = e.id
                  left join people r on r.id = e.recorded_by_person_id
                  left join codes rc on rc.kind = 'entry' and rc.ref_id = e.reverses_entry_id
                  left join ledger_entries x on x.reverses_entry_id = e.id
                  left join codes xc on xc.kind = 'entry' and xc.ref_id = x.id
                 where {q.Scope} and e.occurred_on >= @From and e.occurred_on <= @To
                 order by e.occurred_on, e.id
                 limit @Limit
                """;
            var rows = await connection.QueryAsync<LedgerEntryRow>(q.Command(sql));
            return (IReadOnlyList<LedgerRow>)rows.Select(r => new LedgerRow(r.PersonId, r.MemberName, r.GroupCode, r.Village,
                new StatementRow(r.EntryId, EntryCodes.Encode(r.CodeId), r.OccurredOn, r.Kind, r.Amount, r.LoanId, Code(r.ReversesCodeId),
                    Code(r.ReversedByCodeId), r.RecordedByName, r.RecordedByRole, r.Source, r.SourceRef, r.Note, r.RecordedAt))).ToList();
        }, cancellationToken);

    private sealed class LedgerEntryRow
    {
        public long EntryId { get; init; }
        public long CodeId { get; init; }
        public DateOnly OccurredOn { get; init; }
        public string Kind { get; init; } = "";
        public long Amount { get; init; }
        public long? LoanId { get; init; }
        public long? ReversesCodeId { get; init; }
        public long? ReversedByCodeId { get; init; }
        public string? RecordedByName { get; init; }
        public string? RecordedByRole { get; init; }
        public string Source { get; init; } = "";
        public string? SourceRef { get; init; }
        public string? Note { get; init; }
        public DateTimeOffset RecordedAt { get; init; }
        public long PersonId { get; init; }
        public string MemberName { get; init; } = "";
        public string GroupCode { get; init; } = "";
        public string Village { get; init; } = "";
    }
}
