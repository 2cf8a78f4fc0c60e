using Pkkpm.Conversations.Loans;

namespace Pkkpm.Conversations.Tests.Engine;

/// <summary>Loans recorded by CAIR and the arrears reminders, in memory.</summary>
internal sealed partial class FakeConversationData
{
    public HashSet<long> ArrearsReminders { get; } = [];

    public Task<IReadOnlyList<MemberLoan>> GetGroupLoansAsync(long groupId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MemberLoan>>(Loans.Where(l => l.GroupId == groupId)
            .Select(l => l.PersonId).Distinct()
            .SelectMany(p => LoansOf(p, groupId).Select(loan => new MemberLoan(p, loan))).ToList());

    public Task<long> RecordLoanAsync(NewLoan loan, CancellationToken cancellationToken)
    {
        var id = Loans.Count == 0 ? 1 : Loans.Max(l => l.Terms.LoanId) + 1;
        Loans.Add((loan.PersonId, loan.GroupId, new Loan(id, loan.Principal, loan.DisbursedOn, loan.Instalments, loan.InstalmentAmount, loan.Frequency, 0)));
        return Task.FromResult(id);
    }

    public Task<bool> SetArrearsReminderAsync(long personId, bool wanted, CancellationToken cancellationToken) =>
        Task.FromResult(wanted ? ArrearsReminders.Add(personId) : ArrearsReminders.Remove(personId));
}
