using Dapper;
using Pkkpm.Conversations.Ledger;

namespace Pkkpm.Data.Stores;

/// <summary>Repayments members report (BAYAR) and the treasurer's decision (TERIMA / TOLAK).</summary>
public sealed partial class ConversationData
{
    // Only a loan of that member in that group can be reported on; nothing is inserted otherwise.
    private const string InsertReportSql = """
        insert into reported_repayments (group_id, person_id, loan_id, amount, status, reported_at, source_message_sid)
        select l.group_id, l.person_id, l.id, @Amount, 'menunggu', @Now, @Sid
          from loans l
         where l.id = @LoanId and l.person_id = @PersonId and l.group_id = @GroupId
        returning id;
        """;

    // The codes row comes from the insert trigger (see 0002_reporting.sql).
    private const string ReportColumns = """
        select r.id as Id, c.id as CodeId, r.group_id as GroupId, r.person_id as PersonId, p.name as PersonName,
               p.phone as PersonPhone, r.loan_id as LoanId, r.amount as Amount, r.status as Status
          from reported_repayments r
          join codes c on c.kind = 'report' and c.ref_id = r.id
          join people p on p.id = r.person_id
        """;

    private const string ReportByIdSql = $"{ReportColumns} where r.id = @ReportId;";

    private const string ReportByCodeSql = $"{ReportColumns} where c.id = @CodeId;";

    // Decided once: only a waiting report changes, an acceptance names an angsuran of the reported
    // loan, and the decision is the sender's, from this message.
    private const string DecideSql = $"""
        update reported_repayments
           set status = @Status, entry_id = @EntryId, decided_at = @Now, decided_message_sid = @Sid,
               decided_by_person_id = {RecordedBy}
         where id = @ReportId and status = 'menunggu'
           and (@EntryId is null
                or exists (select 1 from ledger_entries e
                            where e.id = @EntryId and e.kind = 'angsuran' and e.reverses_entry_id is null
                              and e.loan_id = reported_repayments.loan_id));
        """;

    public async Task<ReportedRepayment> ReportRepaymentAsync(long groupId, long personId, long loanId, long amount, CancellationToken cancellationToken)
    {
        if (amount <= 0) throw new ArgumentOutOfRangeException(nameof(amount), amount, "a repayment is a positive number of rupiah");
        var reportId = await connection.QuerySingleOrDefaultAsync<long?>(
            Attributed(InsertReportSql, new { GroupId = groupId, PersonId = personId, LoanId = loanId, Amount = amount }, cancellationToken))
            ?? throw new InvalidOperationException($"loan {loanId} is not a loan of person {personId} in group {groupId}");
        var row = await connection.QuerySingleAsync<ReportRow>(Command(ReportByIdSql, new { ReportId = reportId }, cancellationToken));
        return row.ToReport();
    }

    public async Task<ReportedRepayment?> FindReportedRepaymentAsync(string code, CancellationToken cancellationToken)
    {
        if (!EntryCodes.TryParse(code, out var codeId)) return null;
        var row = await connection.QuerySingleOrDefaultAsync<ReportRow>(Command(ReportByCodeSql, new { CodeId = codeId }, cancellationToken));
        return row?.ToReport();
    }

    public async Task DecideReportedRepaymentAsync(long reportId, ReportStatus decision, long? entryId, CancellationToken cancellationToken)
    {
        if (decision == ReportStatus.Menunggu) throw new ArgumentException("a decision is diterima or ditolak", nameof(decision));
        if ((decision == ReportStatus.Diterima) != (entryId is not null))
            throw new ArgumentException("an accepted report names the angsuran entry recorded for it, a rejected one none", nameof(entryId));

        var changed = await connection.ExecuteAsync(
            Attributed(DecideSql, new { ReportId = reportId, Status = Code(decision), EntryId = entryId }, cancellationToken));
        if (changed == 1) return;

        var status = await connection.ExecuteScalarAsync<string?>(
            Command("select status from reported_repayments where id = @ReportId", new { ReportId = reportId }, cancellationToken));
        throw new InvalidOperationException(status switch
        {
            null => $"reported repayment {reportId} does not exist",
            "menunggu" => $"entry {entryId} is not an angsuran of the loan reported in {reportId}",
            _ => $"reported repayment {reportId} is already decided ({status})",
        });
    }

    private sealed class ReportRow
    {
        public long Id { get; init; }
        public long CodeId { get; init; }
        public long GroupId { get; init; }
        public long PersonId { get; init; }
        public string PersonName { get; init; } = "";
        public string PersonPhone { get; init; } = "";
        public long LoanId { get; init; }
        public long Amount { get; init; }
        public string Status { get; init; } = "";

        public ReportedRepayment ToReport() => new(Id, EntryCodes.Encode(CodeId), GroupId, PersonId, PersonName, PersonPhone,
            LoanId, Amount, Parse<ReportStatus>(Status));
    }
}
