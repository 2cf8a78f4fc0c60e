using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Meetings;

namespace Pkkpm.Conversations.Tests.Meetings;

/// <summary>Meetings other than weekly, counted from the group's first meeting. 16 November 2026 was a Monday.</summary>
public class CadenceMeetingTests
{
    private static DateOnly NextOn(string cadence, string first, string now, string day = "Senin") =>
        MeetingDates.Next(new MeetingSchedule(day, new TimeOnly(15, 0), "Balai Desa", cadence, DateOnly.Parse(first)), DateTimeOffset.Parse(now));

    [Theory]
    [InlineData("2026-11-16T08:00:00+07:00", "2026-11-16")] // the first meeting itself
    [InlineData("2026-11-16T21:00:00+07:00", "2026-11-16")] // after it, the same day
    [InlineData("2026-11-17T08:00:00+07:00", "2026-11-30")]
    [InlineData("2026-11-23T08:00:00+07:00", "2026-11-30")] // a Monday of the week off
    [InlineData("2026-11-27T10:00:00+07:00", "2026-11-30")]
    [InlineData("2026-12-01T08:00:00+07:00", "2026-12-14")]
    [InlineData("2026-11-01T08:00:00+07:00", "2026-11-16")] // before the first meeting: the first one
    [InlineData("2027-01-04T08:00:00+07:00", "2027-01-11")] // across the year
    public void Dwimingguan_meets_every_14_days_from_the_first_meeting(string now, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), NextOn("dwimingguan", "2026-11-16", now));

    [Theory]
    [InlineData("2026-11-05", "2026-11-27T10:00:00+07:00", "2026-12-10")] // Kamis Legi, then the next Kamis Legi
    [InlineData("2026-11-05", "2026-12-10T20:00:00+07:00", "2026-12-10")]
    [InlineData("2026-11-05", "2026-12-11T08:00:00+07:00", "2027-01-14")]
    [InlineData("2026-10-01", "2026-11-06T08:00:00+07:00", "2026-12-10")]
    public void Selapanan_meets_every_35_days_on_the_same_weekday_and_pasaran(string first, string now, string expected)
    {
        var next = NextOn("selapanan", first, now, "Kamis Legi");
        Assert.Equal(DateOnly.Parse(expected), next);
        Assert.Equal((DayOfWeek.Thursday, "Legi"), (next.DayOfWeek, Pasaran.Of(next)));
    }

    [Theory]
    [InlineData("2026-01-15", "2026-01-16T08:00:00+07:00", "2026-02-15")]
    [InlineData("2026-01-15", "2026-02-15T08:00:00+07:00", "2026-02-15")]
    [InlineData("2026-11-20", "2026-12-21T08:00:00+07:00", "2027-01-20")] // across the year
    // From the 31st: the last day of a shorter month, then the 31st again (counted from the first, not the previous).
    [InlineData("2026-01-31", "2026-02-10T08:00:00+07:00", "2026-02-28")]
    [InlineData("2026-01-31", "2026-03-01T08:00:00+07:00", "2026-03-31")]
    [InlineData("2026-01-31", "2026-04-05T08:00:00+07:00", "2026-04-30")]
    [InlineData("2028-01-30", "2028-02-01T08:00:00+07:00", "2028-02-29")] // a leap year
    [InlineData("2026-08-31", "2026-11-27T10:00:00+07:00", "2026-11-30")]
    public void Bulanan_meets_on_the_same_day_of_each_month(string first, string now, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), NextOn("bulanan", first, now));

    [Fact]
    public void The_date_that_counts_is_the_one_in_WIB()
    {
        // 18:00 UTC on Monday 16/11 is already Tuesday in WIB: the next meeting is a fortnight on.
        Assert.Equal(new DateOnly(2026, 11, 30), NextOn("dwimingguan", "2026-11-16", "2026-11-16T18:00:00+00:00"));
    }

    [Fact]
    public void A_weekly_group_keeps_its_weekday_whatever_its_first_meeting()
    {
        Assert.Equal(new DateOnly(2026, 11, 30), NextOn("mingguan", "2026-11-16", "2026-11-27T10:00:00+07:00"));
    }

    [Theory]
    [InlineData("1945-08-17", "Legi")] // Jumat Legi, the proclamation
    [InlineData("1900-01-01", "Pahing")]
    [InlineData("2024-01-01", "Pahing")]
    [InlineData("2026-12-03", "Wage")]
    [InlineData("1899-12-31", "Legi")] // before the reference too
    public void Knows_the_pasaran_of_a_date(string date, string pasaran) =>
        Assert.Equal(pasaran, Pasaran.Of(DateOnly.Parse(date)));

    [Theory]
    [InlineData("dwimingguan", null, "Senin", "first_meeting is empty: a dwimingguan group counts its meetings from its first one (yyyy-MM-dd)")]
    [InlineData("selapanan", null, "Kamis Legi", "first_meeting is empty: a selapanan group counts its meetings from its first one (yyyy-MM-dd)")]
    [InlineData("dwimingguan", "2026-11-17", "Senin", "first_meeting 2026-11-17 is a Selasa, not a Senin as meeting_day says")]
    [InlineData("mingguan", "2026-11-17", "Senen", "first_meeting 2026-11-17 is a Selasa, not a Senin as meeting_day says")]
    [InlineData("selapanan", "2026-12-03", "Kemis Legi", "first_meeting 2026-12-03 is Kamis Wage, not Kamis Legi as meeting_day says")]
    [InlineData("selapanan", "2026-12-03", "Kamis Paing", "first_meeting 2026-12-03 is Kamis Wage, not Kamis Pahing as meeting_day says")]
    [InlineData("selapanan", "2026-12-10", "Kamis Legi", null)]
    [InlineData("selapanan", "2026-12-03", "Kamis", null)] // no pasaran written: the first meeting's own
    [InlineData("bulanan", "2026-12-10", "Senin", null)]   // the day of the month counts
    [InlineData("mingguan", null, "Senin", null)]
    public void Checks_a_groups_csv_cadence_against_its_meeting_day(string cadence, string? first, string day, string? problem) =>
        Assert.Equal(problem, MeetingCadence.Problem(cadence, first is null ? null : DateOnly.Parse(first), day));

    [Theory]
    [InlineData("", "mingguan")]
    [InlineData("Dwimingguan", "dwimingguan")]
    [InlineData(" BULANAN ", "bulanan")]
    [InlineData("selapanan", "selapanan")]
    [InlineData("harian", null)]
    public void Reads_the_cadence_column(string typed, string? cadence) =>
        Assert.Equal(cadence, MeetingCadence.Read(typed));
}
