using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Repayments;

/// <summary>BAYAR: an instalment a member says she paid in cash. On YA the report goes to the
/// treasurer, who answers TERIMA or TOLAK; the loan changes only when the treasurer accepts.</summary>
internal sealed class PaymentReportDraft : Draft
{
    public long GroupId { get; set; }

    public long Amount { get; set; }

    public override string Noun => "laporan bayar angsuran";

    public override string Verb => "kirim";

    public override string NotDone => "dikirim";

    // The amount is shown as it will be reported, so YA also confirms a bare "50" read as Rp50.000.
    public override IEnumerable<string> Summary(Sender sender) =>
        [$"Lapor angsuran {Rupiah.Format(Amount)} yang sudah {sender.Salutation} bayar tunai ke bendahara?", Prompt];

    /// <summary>Still a member of this group at YA.</summary>
    public override bool MayBeConfirmedBy(Sender sender) => Permissions.IsMember(sender) && sender.HomeGroup!.GroupId == GroupId;

    public override async Task RecordAsync(Turn turn)
    {
        var member = turn.Sender;
        // Read under a higher maximum: it was lowered while the summary waited.
        if (Amount > turn.Options.MaxAmountPerEntry)
        {
            turn.Say(AmountTexts.Problem(new AmountReading(AmountOutcome.TooLarge, Amount), "", turn.Options.MaxAmountPerEntry));
            return;
        }
        // Held like the treasurer's own entries, so the outstanding read here is not changed
        // beside this report by an ANGSURAN or a TERIMA confirmed at the same moment.
        await turn.Data.HoldBooksAsync([member.PersonId], turn.CancellationToken);
        var statement = await turn.Data.GetStatementAsync(member.PersonId, GroupId, turn.CancellationToken);
        if (statement.RunningLoans.FirstOrDefault() is not { } loan)
        {
            turn.Say(MemberPayments.NoLoan(member));
            return;
        }
        if (BookChecks.RepaymentProblem(loan, Amount, member.Name) is { } problem)
        {
            turn.Say(problem);
            return;
        }

        var report = await turn.Data.ReportRepaymentAsync(GroupId, member.PersonId, loan.LoanId, Amount, turn.CancellationToken);
        var officers = await turn.Data.GetOfficersAsync(GroupId, turn.CancellationToken);
        foreach (var treasurer in officers.Where(o => o.Role == Role.Bendahara))
        {
            turn.Send(treasurer.Phone,
                $"{member.Name} lapor bayar angsuran {Rupiah.Format(report.Amount)} (kode {report.Code}). Balas TERIMA {report.Code} bila uang sudah diterima, TOLAK {report.Code} bila belum.",
                MemberPayments.Kind);
        }
        turn.Say($"Laporan terkirim ke bendahara (kode {report.Code}). Sisa pinjaman berubah setelah bendahara menerima; {member.Salutation} akan diberi tahu.");
    }
}
