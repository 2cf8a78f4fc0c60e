using Pkkpm.Conversations.Loans;

namespace Pkkpm.Conversations.Groups;

/// <summary>
/// What REKAP summarises: the group's savings, its loans (to count who is behind), and the money
/// recorded since <see cref="Since"/>. Reversed entries and their reversals count zero.
/// </summary>
public sealed record GroupTotals(
    DateOnly Since,
    long Savings,
    IReadOnlyList<(long PersonId, Loan Loan)> Loans,
    long DepositsSince,
    long RepaymentsSince);
