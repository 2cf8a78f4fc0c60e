namespace Pkkpm.Conversations.Loans;

/// <summary>
/// Whether a member may borrow now: not while a loan of hers is still running, and not while anyone in
/// her group is more than <see cref="LoanOptions.GroupArrearsDays"/> days behind (tanggung renteng:
/// the group answers for each member, and a group in arrears cannot borrow again).
/// </summary>
internal static class LoanChecks
{
    public static async Task<string?> RefusalAsync(IConversationData data, LoanOptions options, DateOnly today,
        long groupId, string groupCode, string groupName, long personId, string memberAddressed, CancellationToken cancellationToken)
    {
        var loans = await data.GetGroupLoansAsync(groupId, cancellationToken);
        var running = loans.Where(l => l.PersonId == personId).Sum(l => l.Loan.Outstanding);
        if (running > 0)
            return LoanTexts.RunningLoan(memberAddressed, running);
        var days = options.GroupArrearsDays;
        return loans.Any(l => l.Loan.DaysLate(today) > days) ? LoanTexts.GroupInArrears(groupName, groupCode, days) : null;
    }
}
