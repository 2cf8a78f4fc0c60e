using System.Data.Common;
using Dapper;
using Pkkpm.Conversations.Arrears;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>
/// The weekly arrears reminder (INGATKAN): for the scheduled job, outside any turn. A member gets it
/// when she asked for it, has not opted out (INGATKAN BERHENTI, or BERHENTI of all bulk messages) and
/// is behind today; arrears_reminders_sent lets each member have one a week, however often it runs.
/// </summary>
public sealed partial class ConversationData
{
    private const string ReminderMembersSql = """
        select p.id as PersonId, p.phone as Phone, p.name as Name, p.salutation as Salutation, p.panggilan as Panggilan, g.name as GroupName,
               (select b.name from memberships bm join people b on b.id = bm.person_id
                 where bm.group_id = g.id and b.role = 'bendahara' order by b.id limit 1) as Signer
          from arrears_reminders r join people p on p.id = r.person_id
          join memberships m on m.person_id = p.id and m.list_number is not null join groups g on g.id = m.group_id
         where p.opted_out_at is null
           and not exists (select 1 from arrears_reminders_sent s where s.person_id = p.id and s.week = @Week)
         order by p.id;
        """;

    // The loans of everyone who asked (a handful, not the programme): one text on both databases, no list.
    private const string ReminderLoansSql = $"select {LoanColumns} from loans l where l.person_id in (select person_id from arrears_reminders)";

    public static async Task<int> QueueArrearsRemindersAsync(DbConnection connection, DbTransaction transaction, DateOnly today, DateOnly week, DateTimeOffset now)
    {
        var members = (await connection.QueryAsync<ReminderMember>(ReminderMembersSql, new { Week = week }, transaction)).ToList();
        if (members.Count == 0) return 0;
        var loans = (await connection.QueryAsync<LoanRow>(ReminderLoansSql, transaction: transaction))
            .Select(r => (r.PersonId, Loan: r.ToLoan())).ToLookup(l => l.PersonId, l => l.Loan);
        var queued = 0;
        foreach (var member in members)
        {
            var arrears = loans[member.PersonId].Sum(l => l.Arrears(today));
            if (arrears == 0) continue;
            // The sent row first: a second run this week finds it and sends nothing.
            if (await connection.ExecuteAsync(
                    "insert into arrears_reminders_sent (person_id, week, sent_at) values (@PersonId, @Week, @Now) on conflict do nothing",
                    new { member.PersonId, Week = week, Now = now }, transaction) == 0) continue;
            var body = ReminderText.For($"{member.Salutation} {Names.Short(member.Name, member.Panggilan)}", member.GroupName,
                arrears, loans[member.PersonId].Sum(l => l.InstalmentsLate(today)), member.Signer is null ? null : Names.First(member.Signer));
            await Outbox.QueueAsync(connection, transaction, new QueueOutbound(member.Phone, null, body, OutboundKinds.Reminder), null, now);
            queued++;
        }
        return queued;
    }

    private sealed class ReminderMember
    {
        public long PersonId { get; init; }
        public string Phone { get; init; } = "";
        public string Name { get; init; } = "";
        public string Salutation { get; init; } = "";
        public string? Panggilan { get; init; }
        public string GroupName { get; init; } = "";
        public string? Signer { get; init; }
    }
}
