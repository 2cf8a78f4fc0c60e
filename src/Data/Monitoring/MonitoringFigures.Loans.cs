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
            var sql = $"""
                {book.With}
                select cast(count(case when b.outstanding > 0 then 1 end) as bigint) as RunningLoans,
                       cast(coalesce(sum(b.outstanding), 0) as bigint) as Outstanding,
                       cast(coalesce(sum(b.due_amount), 0) as bigint) as Due,
                       cast(coalesce(sum(case when b.repaid < b.due_amount then b.repaid else b.due_amount end), 0) as bigint) as PaidAgainstDue,
                       cast(coalesce(sum(case when b.arrears > 0 and b.days_late > 30 then b.outstanding else 0 end), 0) as bigint) as OutstandingOver30Days,
                       {string.Join(",\n       ", Ages.Select((age, i) => Bucket(age.From, age.To, i)))}
                  from {book.Table} b;
                select cast(count(*) as bigint) as Count, cast(coalesce(sum(l.principal), 0) as bigint) as Amount
                  from loans l join groups g on g.id = l.group_id
                 where {q.Scope} and l.disbursed_on >= @From and l.disbursed_on <= @To;
                """;
            using var results = await connection.QueryMultipleAsync(q.Command(sql));
            var row = await results.ReadSingleAsync<BookRow>();
            var disbursed = await results.ReadSingleAsync<DisbursedRow>();
            var buckets = Ages.Select((age, i) => new ArrearsBucket(age.Label, row.Loans[i], row.Arrears[i], row.OutstandingIn[i])).ToList();
            return new LoanFigures(disbursed.Count, disbursed.Amount, row.RunningLoans, row.Outstanding, row.Due,
                row.PaidAgainstDue, row.OutstandingOver30Days, buckets);
        }, cancellationToken);

    private static string Bucket(int from, int to, int i)
    {
        var inAge = $"b.arrears > 0{(from == int.MinValue ? "" : $" and b.days_late >= {from}")}{(to == int.MaxValue ? "" : $" and b.days_late <= {to}")}";
        return $"""
            cast(count(case when {inAge} then 1 end) as bigint) as Loans{i},
                   cast(coalesce(sum(case when {inAge} then b.arrears else 0 end), 0) as bigint) as Arrears{i},
                   cast(coalesce(sum(case when {inAge} then b.outstanding else 0 end), 0) as bigint) as Outstanding{i}
            """;
    }

    /// <summary>Loans in arrears at the end of the period, the longest overdue first.</summary>
    public Task<IReadOnlyList<MemberInArrears>> GetMembersInArrearsAsync(MonitoringScope scope, ReportPeriod period, int limit = 1000, CancellationToken cancellationToken = default) =>
        ReadAsync(scope, new { period.From, period.To, Limit = limit }, async (connection, q) =>
        {
            var book = await q.LoanBookAsync(period.To);
            var sql = $"""
                {book.With}
                select b.person_id as PersonId, p.name as Name, b.group_id as GroupId, g.code as GroupCode, g.name as GroupName,
                       g.village as Village, b.loan_id as LoanId, b.arrears as Arrears,
                       (b.arrears + b.a - 1) / b.a as InstalmentsLate, b.days_late as DaysLate, b.outstanding as Outstanding
                  from {book.Table} b join people p on p.id = b.person_id join groups g on g.id = b.group_id
                 where b.arrears > 0
                 order by b.days_late desc, b.arrears desc, g.code, p.name, b.loan_id
                 limit @Limit;
                """;
            var rows = await connection.QueryAsync<ArrearsRow>(q.Command(sql));
            return (IReadOnlyList<MemberInArrears>)rows.Select(r => new MemberInArrears(r.PersonId, r.Name, r.GroupId, r.GroupCode, r.GroupName,
                r.Village, r.LoanId, r.Arrears, (int)r.InstalmentsLate, (int)r.DaysLate, r.Outstanding)).ToList();
        }, cancellationToken);

    // Typed, not dynamic: PostgreSQL folds unquoted aliases to lower case, and Dapper matches
    // properties without regard to case but a dynamic row's keys with it.
    private sealed class BookRow
    {
        public long RunningLoans { get; init; }
        public long Outstanding { get; init; }
        public long Due { get; init; }
        public long PaidAgainstDue { get; init; }
        public long OutstandingOver30Days { get; init; }
        public long Loans0 { get; init; }
        public long Loans1 { get; init; }
        public long Loans2 { get; init; }
        public long Loans3 { get; init; }
        public long Arrears0 { get; init; }
        public long Arrears1 { get; init; }
        public long Arrears2 { get; init; }
        public long Arrears3 { get; init; }
        public long Outstanding0 { get; init; }
        public long Outstanding1 { get; init; }
        public long Outstanding2 { get; init; }
        public long Outstanding3 { get; init; }

        public long[] Loans => [Loans0, Loans1, Loans2, Loans3];
        public long[] Arrears => [Arrears0, Arrears1, Arrears2, Arrears3];
        public long[] OutstandingIn => [Outstanding0, Outstanding1, Outstanding2, Outstanding3];
    }

    private sealed class DisbursedRow
    {
        public long Count { get; init; }
        public long Amount { get; init; }
    }

    private sealed class ArrearsRow
    {
        public long PersonId { get; init; }
        public string Name { get; init; } = "";
        public long GroupId { get; init; }
        public string GroupCode { get; init; } = "";
        public string GroupName { get; init; } = "";
        public string Village { get; init; } = "";
        public long LoanId { get; init; }
        public long Arrears { get; init; }
        public long InstalmentsLate { get; init; }
        public long DaysLate { get; init; }
        public long Outstanding { get; init; }
    }
}
