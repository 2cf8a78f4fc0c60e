using Dapper;

namespace Pkkpm.Data.Monitoring;

/// <summary>Deposits, withdrawals and how regularly members saved.</summary>
public sealed partial class MonitoringFigures
{
    // Members are those with a place on a group's list; a pendamping accompanies without one.
    internal const string MembersSql = """
        select count(*) from memberships m join groups g on g.id = m.group_id
         where {0} and m.list_number is not null
        """;

    public Task<SavingsFigures> GetSavingsAsync(MonitoringScope scope, ReportPeriod period, CancellationToken cancellationToken = default) =>
        ReadAsync(scope, new { period.From, period.To, WeekZero = period.WeekStarts()[0] }, async (connection, q) =>
        {
            var sql = $"""
                {string.Format(MembersSql, q.Scope)};
                select cast(coalesce(sum(k.deposits), 0) as bigint) as Deposits,
                       cast(coalesce(sum(k.withdrawals), 0) as bigint) as Withdrawals,
                       cast(coalesce(sum(k.repayments), 0) as bigint) as Repayments
                  from group_day_money k join groups g on g.id = k.group_id
                 where {q.Scope} and k.day >= @From and k.day <= @To;
                select {q.Sql.DaysBetween("@WeekZero", "e.occurred_on")} / 7 as Week, count(distinct e.person_id) as Savers
                  from ledger_entries e join groups g on g.id = e.group_id
                 where {q.Scope} and e.occurred_on >= @From and e.occurred_on <= @To and e.kind = 'setoran' and {Unreversed}
                 group by {q.Sql.DaysBetween("@WeekZero", "e.occurred_on")} / 7;
                """;
            using var results = await connection.QueryMultipleAsync(q.Command(sql));
            var members = await results.ReadSingleAsync<long>();
            var money = await results.ReadSingleAsync<MoneyRow>();
            var savers = (await results.ReadAsync<WeekRow>()).ToDictionary(w => w.Week, w => w.Savers);
            var weeks = period.WeekStarts()
                .Select((monday, i) => new WeeklySavers(monday, new Ratio(savers.GetValueOrDefault(i), members)))
                .ToList();
            return new SavingsFigures(members, money.Deposits, money.Withdrawals, money.Repayments, weeks);
        }, cancellationToken);

    private sealed class MoneyRow
    {
        public long Deposits { get; init; }
        public long Withdrawals { get; init; }
        public long Repayments { get; init; }
    }

    private sealed class WeekRow
    {
        public long Week { get; init; }
        public long Savers { get; init; }
    }
}
