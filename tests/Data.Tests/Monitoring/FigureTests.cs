using Pkkpm.Conversations.Ledger;
using Pkkpm.Data.Monitoring;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;
using static Pkkpm.Data.Tests.Monitoring.MonitoringData;

namespace Pkkpm.Data.Tests.Monitoring;

/// <summary>Each figure family on a small dataset with known numbers (see <see cref="MonitoringData"/>).</summary>
public class FigureTests
{
    [SkippableTheory, Providers]
    public async Task Savings_count_the_period_without_reversed_entries_and_regularity_per_week(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AddSavingsAsync(db);

        var mawar = await new MonitoringFigures(db.Database).GetSavingsAsync(MonitoringScope.OfGroup(Mawar), Week);

        Assert.Equal((4L, 60_000L, 5_000L), (mawar.Members, mawar.Deposits, mawar.Withdrawals));
        Assert.Equal(15_000, mawar.SavingsPerMember);
        // Sri, Endang and Painem saved in the week; Yuli on the Sunday before and the Monday after.
        var week = Assert.Single(mawar.Weeks);
        Assert.Equal(new DateOnly(2026, 11, 23), week.WeekStart);
        Assert.Equal(new Ratio(3, 4), week.Savers);
        Assert.Equal(0.75, week.Savers.Value);
    }

    [SkippableTheory, Providers]
    public async Task A_month_counts_each_week_it_touches(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AddSavingsAsync(db);

        var november = await new MonitoringFigures(db.Database).GetSavingsAsync(MonitoringScope.OfGroup(Mawar), ReportPeriod.Month(2026, 11));

        // The week's 60,000 and Yuli's 7,000 (the 22nd) and 9,000 (the 30th).
        Assert.Equal(76_000, november.Deposits);
        Assert.Equal(new DateOnly(2026, 10, 26), november.Weeks[0].WeekStart);
        Assert.Equal(new Ratio(1, 4), november.Weeks[3].Savers); // 16-22 November: Yuli
        Assert.Equal(new Ratio(1, 4), november.Weeks[5].Savers); // 30 November: Yuli
    }

    [SkippableTheory, Providers]
    public async Task A_chosen_period_counts_the_weeks_it_touches_whole_and_a_corrected_deposit_not_at_all(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AddSavingsAsync(db);
        var yuli = await db.ScalarAsync<long>($"select id from ledger_entries where person_id = {Yuli} and amount = 9000");
        await db.RecordAsync(new NewEntry(Mawar, Yuli, EntryKind.Setoran, 9_000, ReversesEntryId: yuli), at: On(Day(12, 1)));

        // Wednesday 25 November to Tuesday 1 December.
        var chosen = await new MonitoringFigures(db.Database).GetSavingsAsync(MonitoringScope.OfGroup(Mawar), ReportPeriod.Custom(Day(11, 25), Day(12, 1)));

        // The period's money is its own days: Sri's 5,000 of the 27th.
        Assert.Equal(5_000, chosen.Deposits);
        // Regularity is per whole week: Sri, Endang and Painem saved on Monday the 23rd, before the
        // period began, and are that week's savers; Yuli's only deposit of the next week was corrected.
        Assert.Equal([(Day(11, 23), new Ratio(3, 4)), (Day(11, 30), new Ratio(0, 4))], chosen.Weeks.Select(w => (w.WeekStart, w.Savers)));
    }

    [SkippableTheory, Providers]
    public async Task Loans_show_outstanding_repayment_rate_par30_and_arrears_by_age(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AddRepaymentsAsync(db);

        var loans = await new MonitoringFigures(db.Database).GetLoansAsync(MonitoringScope.Programme(), Week);

        Assert.Equal((1L, 500_000L), (loans.DisbursedCount, loans.DisbursedAmount)); // Tini's, on 24 November
        Assert.Equal(3, loans.RunningLoans);
        Assert.Equal(990_000 + 220_000 + 600_000, loans.Outstanding);
        Assert.Equal(new Ratio(110_000 + 330_000, 385_000 + 385_000), loans.RepaymentRate);
        Assert.Equal(new Ratio(990_000, 1_810_000), loans.Par30);
        Assert.Equal(
            [new ArrearsBucket("1-30", 1, 55_000, 220_000), new ArrearsBucket("31-60", 1, 275_000, 990_000),
             new ArrearsBucket("61-90", 0, 0, 0), new ArrearsBucket("> 90", 0, 0, 0)],
            loans.Arrears);
    }

    [SkippableTheory, Providers]
    public async Task Members_in_arrears_are_listed_longest_overdue_first(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AddRepaymentsAsync(db);

        var list = await new MonitoringFigures(db.Database).GetMembersInArrearsAsync(MonitoringScope.OfPendamping(Rina), Week);

        Assert.Equal(
            [("Painem", "MAWAR", 275_000L, 5, 34), ("Slamet Riyadi", "MELATI", 55_000L, 1, 5)],
            list.Select(m => (m.Name, m.GroupCode, m.Arrears, m.InstalmentsLate, m.DaysLate)));
    }

    [SkippableTheory, Providers]
    public async Task Meetings_held_are_those_whose_roll_was_taken(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AddMeetingsAsync(db);
        var figures = new MonitoringFigures(db.Database);

        var meetings = await figures.GetMeetingsAsync(MonitoringScope.OfPendamping(Rina), Week);
        var attendance = await figures.GetAttendanceAsync(MonitoringScope.OfPendamping(Rina), Week);

        // Mawar's Monday was held; Melati's Tuesday had only Slamet's own HADIR.
        Assert.Equal((2L, 1L, 2L), (meetings.Groups, meetings.Held, meetings.Due));
        Assert.Equal(new AttendanceCounts(2, 1, 0, 1), attendance.Period);
        Assert.Equal(new Ratio(2, 4), attendance.Period.HadirRate);
        // 23 November and the three before it; 26 October is the fifth.
        Assert.Equal(new AttendanceCounts(5, 1, 0, 1), attendance.LastFourMeetings);
    }

    [SkippableTheory, Providers]
    public async Task The_trend_has_26_weeks_ending_with_the_given_day(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AddSavingsAsync(db);
        await AddRepaymentsAsync(db);
        await AddMeetingsAsync(db);

        var trend = await new MonitoringFigures(db.Database).GetWeeklyTrendAsync(MonitoringScope.OfGroup(Mawar), new DateOnly(2026, 11, 27));

        Assert.Equal(26, trend.Count);
        Assert.Equal(new DateOnly(2026, 6, 1), trend[0].WeekStart);
        Assert.Equal((60_000L, 0L, 2L), (trend[25].Deposits, trend[25].Repayments, trend[25].Attendance.Hadir));
        Assert.Equal((7_000L, 1L), (trend[24].Deposits, trend[24].Attendance.Hadir));
        Assert.Equal(55_000, trend.Single(t => t.WeekStart == new DateOnly(2026, 10, 12)).Repayments);
        Assert.Equal(1, trend.Single(t => t.WeekStart == new DateOnly(2026, 10, 26)).Attendance.Alpa);
    }

    [Fact]
    public void Meetings_due_follow_the_cadence()
    {
        var november = ReportPeriod.Month(2026, 11);
        Assert.Equal(5, MonitoringFigures.MeetingsDue("Senin", "mingguan", null, november)); // 2, 9, 16, 23, 30
        Assert.Equal(3, MonitoringFigures.MeetingsDue("Senen", "dwimingguan", null, november));
        Assert.Equal(1, MonitoringFigures.MeetingsDue("Rabu", "bulanan", null, november));
        Assert.Equal(1, MonitoringFigures.MeetingsDue("Kamis Legi", "selapanan", null, november));
        Assert.Equal(0, MonitoringFigures.MeetingsDue("kapan-kapan", "mingguan", null, november));
    }

    [SkippableTheory, Providers]
    public async Task A_fortnightly_groups_meetings_due_are_read_from_its_first_meeting(string provider)
    {
        await using var db = await CreateAsync(provider);
        await db.ExecuteAsync("update groups set meeting_cadence = 'dwimingguan', first_meeting = @First where id = @Mawar",
            new { First = new DateOnly(2026, 11, 9), Mawar });

        var meetings = await new MonitoringFigures(db.Database).GetMeetingsAsync(MonitoringScope.OfGroup(Mawar), ReportPeriod.Month(2026, 11));

        Assert.Equal(2, meetings.Due); // 9 and 23 November, not every other of the five Mondays
    }

    [Fact]
    public void Meetings_due_are_counted_from_the_first_meeting_when_the_group_has_one()
    {
        var november = ReportPeriod.Month(2026, 11);
        Assert.Equal(2, MonitoringFigures.MeetingsDue("Senin", "dwimingguan", new DateOnly(2026, 11, 9), november)); // 9, 23
        Assert.Equal(1, MonitoringFigures.MeetingsDue("Sabtu", "bulanan", new DateOnly(2026, 10, 31), november)); // 30
        Assert.Equal(1, MonitoringFigures.MeetingsDue("Kamis", "selapanan", new DateOnly(2026, 10, 1), november)); // 5 (then 10/12)
        Assert.Equal(1, MonitoringFigures.MeetingsDue("Senin", "dwimingguan", new DateOnly(2026, 11, 23), november)); // not before the first
        Assert.Equal(0, MonitoringFigures.MeetingsDue("Senin", "dwimingguan", new DateOnly(2027, 1, 4), november));
    }
}
