using Dapper;
using Pkkpm.Conversations.Ledger;

namespace Pkkpm.Data.Stores;

/// <summary>Entries as KOREKSI, SALAH and RIWAYAT see them: by code, or a member's latest.</summary>
public sealed partial class ConversationData
{
    // Reversals are entries too (IsReversal), so a caller can refuse to reverse one.
    private const string EntryColumns = """
        select e.id as EntryId, c.id as CodeId, e.group_id as GroupId, e.person_id as PersonId, p.name as PersonName,
               e.kind as Kind, e.amount as Amount, e.loan_id as LoanId, e.occurred_on as OccurredOn, r.name as RecordedByName,
               e.reverses_entry_id as ReversesEntryId,
               exists (select 1 from ledger_entries x where x.reverses_entry_id = e.id) as IsReversed,
               exists (select 1 from entry_disputes d where d.entry_id = e.id and d.resolution is null) as HasOpenDispute
          from ledger_entries e
          join codes c on c.kind = 'entry' and c.ref_id = e.id
          join people p on p.id = e.person_id
          left join people r on r.id = e.recorded_by_person_id
        """;

    private const string EntryByCodeSql = $"""
        {EntryColumns}
         where c.id = @CodeId;
        """;

    private const string RecentEntriesSql = $"""
        {EntryColumns}
         where e.person_id = @PersonId and e.group_id = @GroupId
         order by e.id desc
         limit @Limit;
        """;

    public async Task<EntryInfo?> FindEntryAsync(string code, CancellationToken cancellationToken)
    {
        if (!EntryCodes.TryParse(code, out var codeId)) return null;
        var row = await connection.QuerySingleOrDefaultAsync<EntryRow>(Command(EntryByCodeSql, new { CodeId = codeId }, cancellationToken));
        return row?.ToInfo();
    }

    public async Task<IReadOnlyList<EntryInfo>> GetRecentEntriesAsync(long personId, long groupId, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0) return [];
        var rows = await connection.QueryAsync<EntryRow>(
            Command(RecentEntriesSql, new { PersonId = personId, GroupId = groupId, Limit = limit }, cancellationToken));
        return rows.Select(r => r.ToInfo()).ToList();
    }

    // A class with init properties: the exists() columns have no declared type, which positional
    // records cannot map from; Dapper converts their 0/1 to bool.
    private sealed class EntryRow
    {
        public long EntryId { get; init; }
        public long CodeId { get; init; }
        public long GroupId { get; init; }
        public long PersonId { get; init; }
        public string PersonName { get; init; } = "";
        public string Kind { get; init; } = "";
        public long Amount { get; init; }
        public long? LoanId { get; init; }
        public DateOnly OccurredOn { get; init; }
        public string? RecordedByName { get; init; }
        public long? ReversesEntryId { get; init; }
        public bool IsReversed { get; init; }
        public bool HasOpenDispute { get; init; }

        public EntryInfo ToInfo() => new(EntryId, EntryCodes.Encode(CodeId), GroupId, PersonId, PersonName, Parse<EntryKind>(Kind),
            Amount, OccurredOn, RecordedByName, ReversesEntryId, IsReversed, HasOpenDispute, LoanId);
    }
}
