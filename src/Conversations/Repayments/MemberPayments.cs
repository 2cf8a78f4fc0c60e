using Pkkpm.Conversations.Turns;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Deposits;

namespace Pkkpm.Conversations.Repayments;

/// <summary>
/// BAYAR jumlah: a member reports an instalment paid in cash. After YA the report waits for the
/// treasurer's TERIMA or TOLAK; the loan's outstanding changes only when the treasurer accepts.
/// </summary>
internal static class MemberPayments
{
    public const string Kind = OutboundKinds.PaymentReport;

    public static async Task<Next> StartAsync(Turn turn, Pending pending, string arguments)
    {
        var member = turn.Sender;
        var group = member.HomeGroup!;
        if (string.IsNullOrWhiteSpace(arguments))
        {
            turn.Say("Tulis: BAYAR jumlah, misalnya BAYAR 50rb, untuk melapor angsuran yang sudah dibayar tunai ke bendahara.");
            return Next.Done;
        }

        var amount = AmountParser.Parse(arguments, turn.Options.MaxAmountPerEntry);
        if (amount.Outcome is not (AmountOutcome.Ok or AmountOutcome.AskBack))
        {
            turn.Say(AmountTexts.Problem(amount, arguments, turn.Options.MaxAmountPerEntry));
            return Next.Done;
        }

        var draft = new Draft
        {
            Kind = DraftKind.Bayar,
            GroupId = group.GroupId,
            GroupName = group.Name,
            Lines = [new DraftLine
            {
                PersonId = member.PersonId, Name = member.Name, Salutation = member.Salutation,
                Amount = amount.Outcome == AmountOutcome.Ok ? amount.Amount : null,
                AmountToConfirm = amount.Outcome == AmountOutcome.AskBack ? amount.Amount : null,
            }],
        };
        pending.Draft = draft;
        if (draft.FirstUnresolved is not null) return Next.Clarify;
        if (await DraftChecks.ProblemAsync(turn, draft) is { } problem)
        {
            turn.Say(problem);
            pending.Draft = null;
            return Next.Done;
        }
        return Next.Confirm;
    }

    public static string Question(Sender member, long amount) =>
        $"Lapor angsuran {Rupiah.Format(amount)} yang sudah {member.Salutation} bayar tunai ke bendahara?";

    /// <summary>YA: the report goes to the treasurer, who answers TERIMA or TOLAK.</summary>
    public static async Task SubmitAsync(Turn turn, Draft draft)
    {
        if (await DraftChecks.ProblemAsync(turn, draft) is { } problem)
        {
            turn.Say(problem);
            return;
        }

        var line = draft.Lines[0];
        var report = await turn.Data.ReportRepaymentAsync(draft.GroupId, line.PersonId!.Value, line.LoanId!.Value, line.Amount!.Value, turn.CancellationToken);
        var officers = await turn.Data.GetOfficersAsync(draft.GroupId, turn.CancellationToken);
        foreach (var treasurer in officers.Where(o => o.Role == Role.Bendahara))
        {
            turn.Send(treasurer.Phone,
                $"{line.Name} lapor bayar angsuran {Rupiah.Format(report.Amount)} (kode {report.Code}). Balas TERIMA {report.Code} bila uang sudah diterima, TOLAK {report.Code} bila belum.",
                Kind);
        }
        turn.Say($"Laporan terkirim ke bendahara (kode {report.Code}). Sisa pinjaman berubah setelah bendahara menerima; {turn.Sender.Salutation} akan diberi tahu.");
    }
}
