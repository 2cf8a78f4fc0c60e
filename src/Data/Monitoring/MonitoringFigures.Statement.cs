using Dapper;
using Pkkpm.Data.Stores;

namespace Pkkpm.Data.Monitoring;

/// <summary>A member's statement: every entry of the ledger, read-only, with its code and who recorded it.</summary>
public sealed partial class MonitoringFigures
{
    /// <summary>The member's entries in one group (oldest first), if the group is inside the scope; none otherwise.</summary>
    public Task<IReadOnlyList<StatementRow>> GetStatementAsync(MonitoringScope scope, long groupId, long personId, CancellationToken cancellationToken = default) =>
        ReadAsync(scope.ToGroup(groupId), new { PersonId = personId }, async (connection, q) =>
        {
            var sql = $"""
                select {EntryColumns}
                  from ledger_entries e
                  join groups g on g.id = e.group_id
                {EntryJoins}
                 where {q.Scope} and e.person_id = @PersonId
                 order by e.occurred_on, e.id
                """;
            var rows = await connection.QueryAsync<EntryRow>(q.Command(sql));
            return (IReadOnlyList<StatementRow>)rows.Select(r => r.ToStatementRow()).ToList();
        }, cancellationToken);

    // What a statement line shows of an entry, read the same way by the statement and the ledger download.
    private const string EntryColumns = """
        e.id as EntryId, c.id as CodeId, e.occurred_on as OccurredOn, e.kind as Kind, e.amount as Amount, e.loan_id as LoanId,
               rc.id as ReversesCodeId, xc.id as ReversedByCodeId, r.name as RecordedByName, r.role as RecordedByRole,
               e.source as Source, e.source_ref as SourceRef, e.note as Note, e.recorded_at as RecordedAt
        """;

    // The entry's code, who recorded it, the code of what it reverses and of what reverses it.
    private const string EntryJoins = """
          join codes c on c.kind = 'entry' and c.ref_id = e.id
          left join people r on r.id = e.recorded_by_person_id
          left join codes rc on rc.kind = 'entry' and rc.ref_id = e.reverses_entry_id
          left join ledger_entries x on x.reverses_entry_id = e.id
          left join codes xc on xc.kind = 'entry' and xc.ref_id = x.id
        """;

    private static string? Code(long? codeId) => codeId is { } id ? EntryCodes.Encode(id) : null;

    private class EntryRow
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

        public StatementRow ToStatementRow() => new(EntryId, EntryCodes.Encode(CodeId), OccurredOn, Kind, Amount, LoanId,
            Code(ReversesCodeId), Code(ReversedByCodeId), RecordedByName, RecordedByRole, Source, SourceRef, Note, RecordedAt);
    }
}
