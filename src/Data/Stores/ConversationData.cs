using System.Data.Common;
using Dapper;
using Pkkpm.Conversations;
using Pkkpm.Conversations.Balance;
using Pkkpm.Conversations.Loans;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>
/// What a conversation reads and records, on the turn's own connection and transaction. Records
/// are attributed to <paramref name="message"/>: its sender recorded them, from that message.
/// </summary>
public sealed partial class ConversationData(DbConnection connection, DbTransaction transaction, InboundMessage message) : IConversationData
{
    private const string SenderSql = """
        select p.id, p.name, p.role, p.salutation, p.panggilan from people p where p.phone = @Phone;
        select g.id as GroupId, g.code as Code, g.name as Name
          from memberships m join groups g on g.id = m.group_id
         where m.person_id = (select id from people where phone = @Phone)
         order by g.code;
        """;

    public async Task<Sender?> FindSenderAsync(string phone, CancellationToken cancellationToken)
    {
        using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(SenderSql, new { Phone = phone }, transaction, cancellationToken: cancellationToken));
        var person = await results.ReadSingleOrDefaultAsync<PersonRow>();
        var groups = (await results.ReadAsync<GroupRef>()).ToList();
        if (person is null || !Roles.TryParse(person.Role, out var role)) return null;
        return new Sender(person.Id, person.Name, role, person.Salutation, groups, person.Panggilan);
    }

    // Reversing entries carry the reversed entry's kind and amount; they count negative, so a
    // reversed pair sums to zero and the balance is always the plain sum of the ledger.
    private const string SignedAmount = "amount * case when reverses_entry_id is null then 1 else -1 end";

    private const string SavingsSql = $"""
        select cast(coalesce(sum(case kind when 'setoran' then 1 else -1 end * {SignedAmount}), 0) as bigint)
          from ledger_entries
        """;

    // A loan as agreed, and what its angsuran entries add up to.
    private const string LoanColumns = $"""
        l.person_id as PersonId, l.id as LoanId, l.principal, l.disbursed_on as DisbursedOn, l.instalments,
               l.instalment_amount as InstalmentAmount, l.frequency,
               cast(coalesce((select sum({SignedAmount}) from ledger_entries where loan_id = l.id), 0) as bigint) as Repaid
        """;

    private const string StatementSql = $"""
        {SavingsSql}
         where person_id = @PersonId and group_id = @GroupId and kind in ('setoran', 'penarikan');
        select {LoanColumns}
          from loans l
         where l.person_id = @PersonId and l.group_id = @GroupId
         order by l.disbursed_on, l.id;
        """;

    public async Task<MemberStatement> GetStatementAsync(long personId, long groupId, CancellationToken cancellationToken)
    {
        using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(StatementSql, new { PersonId = personId, GroupId = groupId }, transaction, cancellationToken: cancellationToken));
        var savings = await results.ReadSingleAsync<long>();
        var loans = (await results.ReadAsync<LoanRow>()).Select(r => r.ToLoan()).ToList();
        return new MemberStatement(savings, loans);
    }

    private sealed record PersonRow(long Id, string Name, string Role, string Salutation, string? Panggilan);

    // A class, not a positional record: SQLite reports no column types for an empty result of
    // computed columns, and Dapper matches constructors by those types.
    private sealed class LoanRow
    {
        public long PersonId { get; init; }
        public long LoanId { get; init; }
        public long Principal { get; init; }
        public DateOnly DisbursedOn { get; init; }
        public int Instalments { get; init; }
        public long InstalmentAmount { get; init; }
        public string Frequency { get; init; } = "";
        public long Repaid { get; init; }

        public Loan ToLoan() => new(LoanId, Principal, DisbursedOn, Instalments, InstalmentAmount,
            Enum.Parse<LoanFrequency>(Frequency, ignoreCase: true), Repaid);
    }
}
