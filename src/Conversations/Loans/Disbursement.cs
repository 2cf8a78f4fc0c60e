namespace Pkkpm.Conversations.Loans;

/// <summary>A disbursement as the pendamping typed it, before the member and the amounts are checked.</summary>
/// <param name="GroupCode">The group code typed before the name, when one was.</param>
/// <param name="InstalmentText">"45rb" of "angsuran 45rb", when an instalment was given.</param>
public sealed record Disbursement(string? GroupCode, string Name, string AmountText, int Instalments, LoanFrequency Frequency, string? InstalmentText);

/// <summary>A new loan to record: the schedule is the loan's own columns.</summary>
public sealed record NewLoan(long GroupId, long PersonId, long Principal, DateOnly DisbursedOn, int Instalments, long InstalmentAmount, LoanFrequency Frequency);

/// <summary>A loan and whose it is.</summary>
public sealed record MemberLoan(long PersonId, Loan Loan);
