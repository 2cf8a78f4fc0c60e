using Dapper;
using Pkkpm.Conversations.Attendance;

namespace Pkkpm.Data.Monitoring;

/// <summary>The 26-week trend: savings, repayments and attendance, week by week.</summary>
public sealed partial class MonitoringFigures
{
    public const int TrendWeeks = 26;

    /// <summary>The 26 weeks (Senin-Minggu) ending with the week that holds <paramref name="lastDay"/>.</summary>
    public Task<IReadOnlyList<WeeklyTrendPoint>> GetWeeklyTrendAsync(MonitoringScope scope, DateOnly lastDay, CancellationToken cancellationToken = default)
    {
        var first = MeetingDates.WeekStart(lastDay).AddDays(-7 * (TrendWeeks - 1));
        var last = MeetingDates.WeekStart(lastDay).AddDays(6);
        return ReadAsync(scope, new { From = first, To = last }, async (connection, q) =>
        {
            var week = q.Sql.DaysBetween("@From", "d.day") + " / 7";
            var meetingWeek = q.Sql.DaysBetween("@From", "a.meeting_on") + " / 7";
            // Days first, then their weeks: the date arithmetic runs once a day, not once a group
            // and day (1.3M rows for the whole programme at a million members). The whole programme
            // needs no groups: every row of group_day_money is one of its groups'.
            var groups = q.ScopeOf.IsWholeProgramme ? "" : "join groups g on g.id = k.group_id";
            var sql = $"""
                select {week} as Week,
                       cast(coalesce(sum(d.deposits), 0) as bigint) as Deposits,
                       cast(coalesce(sum(d.repayments), 0) as bigint) as Repayments
                  from (select k.day, sum(k.deposits) as deposits, sum(k.repayments) as repayments
                          from group_day_money k {groups}
                         where {q.Scope} and k.day >= @From and k.day <= @To
                         group by k.day) d
                 group by {week};
                {StatusCounts}, {meetingWeek} as Week
                  from attendance a
                  join ({string.Format(HeldMeetings, q.Scope, "@From")}) h on h.group_id = a.group_id and h.meeting_on = a.meeting_on
                 group by {meetingWeek};
                """;
            using var results = await connection.QueryMultipleAsync(q.Command(sql));
            var money = (await results.ReadAsync<TrendMoneyRow>()).ToDictionary(r => r.Week);
            var attendance = (await results.ReadAsync<TrendAttendanceRow>()).ToDictionary(r => r.Week);
            return (IReadOnlyList<WeeklyTrendPoint>)Enumerable.Range(0, TrendWeeks).Select(i => new WeeklyTrendPoint(
                first.AddDays(7 * i),
                money.GetValueOrDefault(i)?.Deposits ?? 0,
                money.GetValueOrDefault(i)?.Repayments ?? 0,
                attendance.GetValueOrDefault(i)?.ToCounts() ?? new AttendanceCounts(0, 0, 0, 0))).ToList();
        }, cancellationToken);
    }

    private sealed class TrendMoneyRow
    {
        public long Week { get; init; }
        public long Deposits { get; init; }
        public long Repayments { get; init; }
    }

    private sealed class TrendAttendanceRow
    {
        public long Week { get; init; }
        public long Hadir { get; init; }
        public long Izin { get; init; }
        public long Sakit { get; init; }
        public long Alpa { get; init; }

        public AttendanceCounts ToCounts() => new(Hadir, Izin, Sakit, Alpa);
    }
}
