using Dapper;

namespace Pkkpm.Data.Monitoring;

/// <summary>
/// Deposits, withdrawals and how regularly members saved. Regularity is per whole week (Senin-Minggu),
/// also for the weeks a month or a chosen period only touches, from the savers kept per group and
/// week (0026): a member who saved in two of the scope's groups counts in each, as members do.
/// </summary>
public sealed partial class MonitoringFigures
{
    // Members are those with a place on a group's list (a pendamping accompanies without one), kept
    // per group (0029): a million members are 50,000 rows to add up, not a million to count.
    internal const string MembersSql = """
        select cast(coalesce(sum(k.members), 0) as bigint) from group_members k join groups g on g.id = k.group_id
         where {0}
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
                select {q.Sql.DaysBetween("@WeekZero", "s.week")} / 7 as Week, cast(sum(s.savers) as bigint) as Savers
                  from group_week_savers s join groups g on g.id = s.group_id
                 where {q.Scope} and s.week >= @WeekZero and s.week <= @To
                 group by s.week;
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
