using Pkkpm.Conversations.Engine;

namespace Pkkpm.Conversations.Loans;

/// <summary>
/// Whether a member may borrow now: not while a loan of hers is still running, and not while anyone in
/// her group is more than <see cref="LoanOptions.GroupArrearsDays"/> days behind (tanggung renteng:
/// the group answers for each member, and a group in arrears cannot borrow again).
/// </summary>
internal static class LoanChecks
{
    public static async Task<string?> RefusalAsync(Turn turn, long groupId, string groupCode, string groupName, long personId, string memberAddressed)
    {
        var loans = await turn.Data.GetGroupLoansAsync(groupId, turn.CancellationToken);
        var running = loans.Where(l => l.PersonId == personId).Sum(l => l.Loan.Outstanding);
        if (running > 0)
            return LoanTexts.RunningLoan(memberAddressed, running);
        var days = turn.Options.Loans.GroupArrearsDays;
        return loans.Any(l => l.Loan.DaysLate(turn.Today) > days) ? LoanTexts.GroupInArrears(groupName, groupCode, days) : null;
    }
}
