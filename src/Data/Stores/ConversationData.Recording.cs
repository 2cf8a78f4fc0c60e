using Dapper;
using Pkkpm.Conversations.Ledger;

namespace Pkkpm.Data.Stores;

/// <summary>
/// Writing to the ledger. Flows check before they record; the conditions in the insert are the last
/// line of defence, so a flow's mistake never reaches the money.
/// </summary>
public sealed partial class ConversationData
{
    // One statement: the row is inserted only if the person is in the group, the loan is theirs,
    // and a reversal repeats an entry that is neither a reversal nor already reversed (the unique
    // reverses_entry_id would refuse a second reversal too, but with an error no caller can read).
    private const string InsertEntrySql = $"""
        insert into ledger_entries (group_id, person_id, kind, amount, loan_id, occurred_on, reverses_entry_id,
                                    recorded_by_person_id, source_message_sid, source, note, recorded_at)
        select @GroupId, @PersonId, @Kind, @Amount, @LoanId, @Today, @ReversesEntryId,
               {RecordedBy}, @Sid, @Source, @Note, @Now
         where exists (select 1 from memberships m where m.person_id = @PersonId and m.group_id = @GroupId)
           and (@LoanId is null
                or exists (select 1 from loans l where l.id = @LoanId and l.person_id = @PersonId and l.group_id = @GroupId))
           and (@ReversesEntryId is null
                or exists (select 1 from ledger_entries r
                            where r.id = @ReversesEntryId and r.reverses_entry_id is null
                              and not exists (select 1 from ledger_entries x where x.reverses_entry_id = r.id)
                              and r.group_id = @GroupId and r.person_id = @PersonId and r.kind = @Kind
                              and r.amount = @Amount and (r.loan_id = @LoanId or (r.loan_id is null and @LoanId is null))))
        returning id;
        """;

    // The codes row comes from the insert trigger (see 0002_reporting.sql).
    private const string EntryCodeSql = "select id from codes where kind = 'entry' and ref_id = @EntryId";

    public async Task<RecordedEntry> RecordEntryAsync(NewEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Amount <= 0) throw new ArgumentOutOfRangeException(nameof(entry), entry.Amount, "an entry's amount is a positive number of rupiah");
        if ((entry.Kind == EntryKind.Angsuran) != (entry.LoanId is not null))
            throw new ArgumentException("an angsuran, and only an angsuran, names the loan it repays", nameof(entry));

        var parameters = new { entry.GroupId, entry.PersonId, Kind = Code(entry.Kind), entry.Amount, entry.LoanId, entry.ReversesEntryId, entry.Note };
        var entryId = await connection.QuerySingleOrDefaultAsync<long?>(Attributed(InsertEntrySql, parameters, cancellationToken))
            ?? throw new InvalidOperationException(await WhyRefusedAsync(entry, parameters, cancellationToken));
        var codeId = await connection.ExecuteScalarAsync<long>(Command(EntryCodeSql, new { EntryId = entryId }, cancellationToken));
        return new RecordedEntry(entryId, EntryCodes.Encode(codeId));
    }

    private const string RefusalSql = """
        select (select count(*) from memberships where person_id = @PersonId and group_id = @GroupId) as Memberships,
               (select count(*) from loans where id = @LoanId and person_id = @PersonId and group_id = @GroupId) as Loans,
               (select count(*) from ledger_entries where id = @ReversesEntryId) as Reversed,
               (select count(*) from ledger_entries where id = @ReversesEntryId and reverses_entry_id is not null) as ReversedIsReversal,
               (select count(*) from ledger_entries where reverses_entry_id = @ReversesEntryId) as ReversedAlready;
        """;

    /// <summary>Only on the refusal path: which condition of the insert failed.</summary>
    private async Task<string> WhyRefusedAsync(NewEntry entry, object parameters, CancellationToken cancellationToken)
    {
        var found = await connection.QuerySingleAsync<RefusalRow>(Command(RefusalSql, parameters, cancellationToken));
        var reversed = entry.ReversesEntryId;
        return found switch
        {
            { Memberships: 0 } => $"person {entry.PersonId} is not in group {entry.GroupId}",
            { Loans: 0 } when entry.LoanId is not null => $"loan {entry.LoanId} is not a loan of person {entry.PersonId} in group {entry.GroupId}",
            { Reversed: 0 } => $"entry {reversed} does not exist",
            { ReversedIsReversal: > 0 } => $"entry {reversed} is itself a reversal and cannot be reversed",
            { ReversedAlready: > 0 } => $"entry {reversed} is already reversed",
            _ => $"a reversal of entry {reversed} must repeat its group, person, kind, amount and loan",
        };
    }

    private sealed class RefusalRow
    {
        public long Memberships { get; init; }
        public long Loans { get; init; }
        public long Reversed { get; init; }
        public long ReversedIsReversal { get; init; }
        public long ReversedAlready { get; init; }
    }
}
