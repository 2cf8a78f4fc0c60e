using Dapper;
using Pkkpm.Conversations.Loans;

namespace Pkkpm.Data.Stores;

/// <summary>Loans recorded by chat (CAIR) or in the console (source console, no message), a group's loans for its arrears, and the arrears reminder (INGATKAN).</summary>
public sealed partial class ConversationData
{
    private const string GroupLoansSql = $"""
        select {LoanColumns}
          from loans l
         where l.group_id = @GroupId
         order by l.person_id, l.disbursed_on, l.id;
        """;

    public async Task<IReadOnlyList<MemberLoan>> GetGroupLoansAsync(long groupId, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<LoanRow>(Command(GroupLoansSql, new { GroupId = groupId }, cancellationToken));
        return rows.Select(r => new MemberLoan(r.PersonId, r.ToLoan())).ToList();
    }

    // Only a member of the group gets a loan in it: the flow checked, this is the last line of defence.
    private const string InsertLoanSql = $"""
        insert into loans (person_id, group_id, principal, disbursed_on, instalments, instalment_amount, frequency, created_at,
                           recorded_by_person_id, source_message_sid, source)
        select @PersonId, @GroupId, @Principal, @DisbursedOn, @Instalments, @InstalmentAmount, @Frequency, @Now,
               {RecordedBy}, @Sid, @Source
         where exists (select 1 from memberships m where m.person_id = @PersonId and m.group_id = @GroupId and m.list_number is not null)
        returning id;
        """;

    public async Task<long> RecordLoanAsync(NewLoan loan, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            loan.PersonId, loan.GroupId, loan.Principal, loan.DisbursedOn, loan.Instalments, loan.InstalmentAmount,
            Frequency = LoanCadence.Code(loan.Frequency),
        };
        return await connection.QuerySingleOrDefaultAsync<long?>(PeopleAttributed(InsertLoanSql, parameters, cancellationToken))
            ?? throw new InvalidOperationException($"person {loan.PersonId} is no member of group {loan.GroupId}: no loan recorded");
    }
}
