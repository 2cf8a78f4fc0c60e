using Dapper;

namespace Pkkpm.Data.Monitoring;

/// <summary>Loans: disbursed, outstanding, repayment rate, PAR30, arrears by age, and who is behind.</summary>
public sealed partial class MonitoringFigures
{
    private static readonly (string Label, int From, int To)[] Ages = [("1-30", int.MinValue, 30), ("31-60", 31, 60), ("61-90", 61, 90), ("> 90", 91, int.MaxValue)];

    public Task<LoanFigures> GetLoansAsync(MonitoringScope scope, ReportPeriod period, CancellationToken cancellationToken = default) =>
        ReadAsync(scope, PeriodValues(period), async (connection, q) =>
        {
            var book = await q.LoanBookAsync(period.To);
            var disbursed = await connection.QuerySingleAsync<DisbursedRow>(q.Command($"""
                select cast(count(*) as bigint) as Count, cast(coalesce(sum(l.principal), 0) as bigint) as Amount
                  from loans l join groups g on g.id = l.group_id
                 where {q.Scope} and l.disbursed_on >= @From and l.disbursed_on <= @To
                """));
            long running = 0, outstanding = 0, due = 0, paidAgainstDue = 0;
            var ages = new ArrearsBucket[Ages.Length];
            for (var i = 0; i < Ages.Length; i++) ages[i] = new ArrearsBucket(Ages[i].Label, 0, 0, 0);
            foreach (var loan in book.Loans)
            {
                if (loan.Outstanding > 0) running++;
                outstanding += loan.Outstanding;
                due += loan.DueAmount;
                // Paid against due: what was paid ahead of the schedule does not count yet.
                paidAgainstDue += Math.Min(loan.Repaid, loan.DueAmount);
                if (loan.Arrears == 0) continue;
                var age = AgeOf(loan.DaysLate);
                ages[age] = ages[age] with
                {
                    Loans = ages[age].Loans + 1, Arrears = ages[age].Arrears + loan.Arrears, Outstanding = ages[age].Outstanding + loan.Outstanding,
                };
            }
            // PAR30: the outstanding of the loans in the ages past 30 days.
            var over30Days = ages.Where((_, i) => Ages[i].From > 30).Sum(b => b.Outstanding);
            return new LoanFigures(disbursed.Count, disbursed.Amount, running, outstanding, due, paidAgainstDue, over30Days, ages);
        }, cancellationToken);

    // The index in Ages of a loan's days late.
    private static int AgeOf(int daysLate) => Array.FindIndex(Ages, age => daysLate <= age.To);

    /// <summary>Loans in arrears at the end of the period, the longest overdue first.</summary>
    public Task<IReadOnlyList<MemberInArrears>> GetMembersInArrearsAsync(MonitoringScope scope, ReportPeriod period, int limit = 1000, CancellationToken cancellationToken = default) =>
        ReadAsync(scope, PeriodValues(period), async (connection, q) =>
        {
            var book = await q.LoanBookAsync(period.To);
            var late = book.Loans.Where(l => l.Arrears > 0)
                .Select(l => (Loan: l, Group: book.Groups[l.GroupId]))
                .OrderByDescending(x => x.Loan.DaysLate).ThenByDescending(x => x.Loan.Arrears).ThenBy(x => x.Group.Code, StringComparer.Ordinal)
                .ToList();
            if (limit <= 0 || late.Count == 0) return (IReadOnlyList<MemberInArrears>)[];
            // Names are looked up for the loans listed only (a million members' book has 25,000 in
            // arrears), and for those that tie with the last of them before the name decides.
            var last = late[Math.Min(limit, late.Count) - 1];
            var listed = late.Take(limit).Concat(late.Skip(limit).TakeWhile(x =>
                x.Loan.DaysLate == last.Loan.DaysLate && x.Loan.Arrears == last.Loan.Arrears && x.Group.Code == last.Group.Code)).ToList();
            var names = (await connection.QueryAsync<(long Id, string Name)>(new CommandDefinition(
                    $"select p.id, p.name from people p where {Dialect.In(connection, "p.id", "@Ids")}",
                    new { Ids = Dialect.Values(connection, listed.Select(x => x.Loan.PersonId).Distinct()) }, q.Transaction, cancellationToken: q.CancellationToken)))
                .ToDictionary(p => p.Id, p => p.Name);
            return (IReadOnlyList<MemberInArrears>)listed
                .Select(x => new MemberInArrears(x.Loan.PersonId, names.GetValueOrDefault(x.Loan.PersonId, ""), x.Group.Id, x.Group.Code, x.Group.Name,
                    x.Group.Village, x.Loan.LoanId, x.Loan.Arrears, (int)((x.Loan.Arrears + x.Loan.InstalmentAmount - 1) / x.Loan.InstalmentAmount),
                    x.Loan.DaysLate, x.Loan.Outstanding))
                .OrderByDescending(m => m.DaysLate).ThenByDescending(m => m.Arrears).ThenBy(m => m.GroupCode, StringComparer.Ordinal)
                .ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.LoanId)
                .Take(limit).ToList();
        }, cancellationToken);

    // Typed, not dynamic: PostgreSQL folds unquoted aliases to lower case, and Dapper matches
    // properties without regard to case but a dynamic row's keys with it.
    private sealed class DisbursedRow
    {
        public long Count { get; init; }
        public long Amount { get; init; }
    }
}
