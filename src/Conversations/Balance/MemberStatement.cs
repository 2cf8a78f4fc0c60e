using Pkkpm.Conversations.Loans;

namespace Pkkpm.Conversations.Balance;

/// <summary>One member's money in one group: savings and running loans, from the ledger.</summary>
public sealed record MemberStatement(long Savings, IReadOnlyList<Loan> Loans)
{
    public IEnumerable<Loan> RunningLoans => Loans.Where(l => l.Outstanding > 0);
}
