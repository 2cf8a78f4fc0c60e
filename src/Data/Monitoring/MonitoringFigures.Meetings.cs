using Dapper;
using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Meetings;

namespace Pkkpm.Data.Monitoring;

/// <summary>Meetings held and due, and attendance at them.</summary>
public sealed partial class MonitoringFigures
{
    // A meeting was held when the treasurer took the roll (ABSEN): her HADIR or ALPA for another
    // member. A member's own HADIR or IZIN before the day is only an answer to the notice.
    internal const string HeldMeetings = """
        select a.group_id, a.meeting_on
          from attendance a join groups g on g.id = a.group_id
         where {0} and a.meeting_on >= {1} and a.meeting_on <= @To
           and a.status in ('hadir', 'alpa') and a.recorded_by_person_id <> a.person_id
         group by a.group_id, a.meeting_on
        """;

    private const string StatusCounts = """
        select cast(coalesce(sum(case when a.status = 'hadir' then 1 else 0 end), 0) as bigint) as Hadir,
               cast(coalesce(sum(case when a.status = 'izin' then 1 else 0 end), 0) as bigint) as Izin,
               cast(coalesce(sum(case when a.status = 'sakit' then 1 else 0 end), 0) as bigint) as Sakit,
               cast(coalesce(sum(case when a.status = 'alpa' then 1 else 0 end), 0) as bigint) as Alpa
        """;

    public Task<MeetingFigures> GetMeetingsAsync(MonitoringScope scope, ReportPeriod period, CancellationToken cancellationToken = default) =>
        ReadAsync(scope, PeriodValues(period), async (connection, q) =>
        {
            var sql = $"""
                select count(*) from ({string.Format(HeldMeetings, q.Scope, "@From")}) held;
                select g.meeting_day as Day, g.meeting_cadence as Cadence, g.first_meeting as FirstMeeting, count(*) as Groups
                  from groups g where {q.Scope} group by g.meeting_day, g.meeting_cadence, g.first_meeting;
                """;
            using var results = await connection.QueryMultipleAsync(q.Command(sql));
            var held = await results.ReadSingleAsync<long>();
            var schedules = (await results.ReadAsync<ScheduleRow>()).ToList();
            return new MeetingFigures(schedules.Sum(s => s.Groups), held,
                schedules.Sum(s => s.Groups * MeetingsDue(s.Day, s.Cadence, s.FirstMeeting, period)));
        }, cancellationToken);

    /// <summary>
    /// Meeting days of one schedule in the period: counted from the group's first meeting as JADWAL
    /// counts them (MeetingCadence). A fortnightly, monthly or 35-day group without a first meeting on
    /// record meets, as far as JADWAL knows, every week; its days here are estimated from the weekly
    /// ones: half, one per calendar month touched, a fifth (a pasaran repeats every 5 weeks).
    /// </summary>
    internal static long MeetingsDue(string day, string cadence, DateOnly? firstMeeting, ReportPeriod period)
    {
        if (cadence != MeetingCadence.Mingguan && firstMeeting is { } first)
        {
            var count = 0;
            for (var date = MeetingCadence.OnOrAfter(cadence, first, period.From); date <= period.To;
                 date = MeetingCadence.OnOrAfter(cadence, first, date.AddDays(1)))
                count++;
            return count;
        }
        if (!MeetingDates.TryReadDay(day, out var weekday)) return 0;
        var dates = Enumerable.Range(0, period.Days).Select(i => period.From.AddDays(i)).Where(d => d.DayOfWeek == weekday).ToList();
        return cadence switch
        {
            "dwimingguan" => (dates.Count + 1) / 2,
            "bulanan" => dates.Select(d => (d.Year, d.Month)).Distinct().Count(),
            "selapanan" => (dates.Count + 4) / 5,
            _ => dates.Count,
        };
    }

    public Task<AttendanceFigures> GetAttendanceAsync(MonitoringScope scope, ReportPeriod period, CancellationToken cancellationToken = default) =>
        ReadAsync(scope, new { period.From, period.To, Since = period.To.AddDays(-150) }, async (connection, q) =>
        {
            var sql = $"""
                {StatusCounts}
                  from attendance a
                  join ({string.Format(HeldMeetings, q.Scope, "@From")}) h on h.group_id = a.group_id and h.meeting_on = a.meeting_on;
                {StatusCounts}
                  from attendance a
                  join (select r.group_id, r.meeting_on
                          from (select h.group_id, h.meeting_on,
                                       row_number() over (partition by h.group_id order by h.meeting_on desc) as recent
                                  from ({string.Format(HeldMeetings, q.Scope, "@Since")}) h) r
                         where r.recent <= 4) last on last.group_id = a.group_id and last.meeting_on = a.meeting_on;
                """;
            using var results = await connection.QueryMultipleAsync(q.Command(sql));
            var inPeriod = await results.ReadSingleAsync<CountsRow>();
            var lastFour = await results.ReadSingleAsync<CountsRow>();
            return new AttendanceFigures(inPeriod.ToCounts(), lastFour.ToCounts());
        }, cancellationToken);

    private sealed class ScheduleRow
    {
        public string Day { get; init; } = "";
        public string Cadence { get; init; } = "";
        public DateOnly? FirstMeeting { get; init; }
        public long Groups { get; init; }
    }

    internal sealed class CountsRow
    {
        public long Hadir { get; init; }
        public long Izin { get; init; }
        public long Sakit { get; init; }
        public long Alpa { get; init; }

        public AttendanceCounts ToCounts() => new(Hadir, Izin, Sakit, Alpa);
    }
}
