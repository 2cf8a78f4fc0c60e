using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;

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

        var amount = AmountLimit.Parse(arguments, turn.Options.MaxAmountPerEntry);
        if (amount.Outcome is not (AmountOutcome.Ok or AmountOutcome.AskBack))
        {
            turn.Say(AmountTexts.Problem(amount, arguments, turn.Options.MaxAmountPerEntry));
            return Next.Done;
        }

        var statement = await turn.Data.GetStatementAsync(member.PersonId, group.GroupId, turn.CancellationToken);
        if (statement.RunningLoans.FirstOrDefault() is not { } loan)
        {
            turn.Say(NoLoan(member));
            return Next.Done;
        }
        if (BookChecks.RepaymentProblem(loan, amount.Amount, member.Name) is { } problem)
        {
            turn.Say(problem);
            return Next.Done;
        }
        pending.Draft = new PaymentReportDraft { GroupId = group.GroupId, Amount = amount.Amount };
        return Next.Confirm;
    }

    public static string NoLoan(Sender member) => $"{member.Addressed}, tidak ada pinjaman {member.Salutation} yang belum lunas.";
}
