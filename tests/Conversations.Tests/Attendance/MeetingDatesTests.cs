using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Groups;

namespace Pkkpm.Conversations.Tests.Attendance;

/// <summary>The meeting a HADIR counts for. 3 March 2025 was a Monday.</summary>
public class MeetingDatesTests
{
    [Theory]
    [InlineData("Senin", "2025-03-03T08:00:00+07:00", "2025-03-03")]
    [InlineData("Senin", "2025-03-03T21:00:00+07:00", "2025-03-03")] // after the meeting, same day
    [InlineData("Senin", "2025-03-04T00:30:00+07:00", "2025-03-10")]
    [InlineData("Selasa", "2025-03-03T08:00:00+07:00", "2025-03-04")]
    [InlineData("Rabu", "2025-03-03T08:00:00+07:00", "2025-03-05")]
    [InlineData("Kamis", "2025-03-03T08:00:00+07:00", "2025-03-06")]
    [InlineData("Jumat", "2025-03-03T08:00:00+07:00", "2025-03-07")]
    [InlineData("Jum'at", "2025-03-03T08:00:00+07:00", "2025-03-07")]
    [InlineData("JUM\u2019AT", "2025-03-03T08:00:00+07:00", "2025-03-07")]
    [InlineData("sabtu", "2025-03-03T08:00:00+07:00", "2025-03-08")]
    [InlineData("Minggu", "2025-03-03T08:00:00+07:00", "2025-03-09")]
    [InlineData("Ahad", "2025-03-03T08:00:00+07:00", "2025-03-09")]
    [InlineData("Kamis Legi", "2025-03-03T08:00:00+07:00", "2025-03-06")]
    [InlineData(" KAMIS ", "2025-03-07T08:00:00+07:00", "2025-03-13")]
    // The Javanese names, as a groups.csv written in the village may carry them.
    [InlineData("Senen", "2025-03-04T08:00:00+07:00", "2025-03-10")]
    [InlineData("Rebo", "2025-03-03T08:00:00+07:00", "2025-03-05")]
    [InlineData("Kemis", "2025-03-03T08:00:00+07:00", "2025-03-06")]
    [InlineData("Kemis Legi", "2025-03-03T08:00:00+07:00", "2025-03-06")]
    [InlineData("Jemuah", "2025-03-03T08:00:00+07:00", "2025-03-07")]
    [InlineData("Jemuwah", "2025-03-03T08:00:00+07:00", "2025-03-07")]
    [InlineData("Jumuah Kliwon", "2025-03-03T08:00:00+07:00", "2025-03-07")]
    [InlineData("Jum'ah", "2025-03-03T08:00:00+07:00", "2025-03-07")]
    [InlineData("SETU", "2025-03-03T08:00:00+07:00", "2025-03-08")]
    // 18:00 UTC on Sunday is already 01:00 on Monday in WIB.
    [InlineData("Senin", "2025-03-02T18:00:00+00:00", "2025-03-03")]
    [InlineData("Minggu", "2025-03-02T18:00:00+00:00", "2025-03-09")]
    public void FindsTodayOrTheNextMeetingDay(string day, string now, string expected)
    {
        var schedule = new MeetingSchedule(day, new TimeOnly(15, 0), "Balai Desa", "mingguan");
        Assert.Equal(DateOnly.Parse(expected), MeetingDates.Next(schedule, DateTimeOffset.Parse(now)));
    }

    [Theory]
    [InlineData("Senen", "Senin")]
    [InlineData("rebo", "Rabu")]
    [InlineData("Kemis Pon", "Kamis")]
    [InlineData("Jemuah", "Jumat")]
    [InlineData("Jum'at", "Jumat")]
    [InlineData("Setu", "Sabtu")]
    [InlineData("Ahad", "Minggu")]
    public void WritesADayTheWayRepliesDo(string typed, string written)
    {
        Assert.True(MeetingDates.TryReadDay(typed, out var day));
        Assert.Equal(written, MeetingDates.IndonesianName(day));
    }

    [Theory]
    [InlineData("dwimingguan")]
    [InlineData("bulanan")]
    [InlineData("selapanan")]
    public void TreatsOtherCadencesAsWeeklyForNow(string cadence)
    {
        var schedule = new MeetingSchedule("Kamis", new TimeOnly(15, 0), "Balai Desa", cadence);
        Assert.Equal(new DateOnly(2025, 3, 6), MeetingDates.Next(schedule, DateTimeOffset.Parse("2025-03-03T08:00:00+07:00")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Funday")]
    [InlineData("Legi")]
    [InlineData("Rebbo")]
    [InlineData("malem Jemuah")] // an evening, not a meeting day
    public void FallsBackToTodayForADayItCannotRead(string day)
    {
        var schedule = new MeetingSchedule(day, new TimeOnly(15, 0), "Balai Desa", "mingguan");
        Assert.False(MeetingDates.TryReadDay(day, out _));
        Assert.Equal(new DateOnly(2025, 3, 4), MeetingDates.Next(schedule, DateTimeOffset.Parse("2025-03-04T08:00:00+07:00")));
    }

    [Theory]
    [InlineData("2025-03-03", "2025-03-03")]
    [InlineData("2025-03-05", "2025-03-03")]
    [InlineData("2025-03-08", "2025-03-03")]
    [InlineData("2025-03-09", "2025-03-03")] // Sunday ends the week
    [InlineData("2025-03-10", "2025-03-10")]
    [InlineData("2025-01-01", "2024-12-30")]
    public void StartsTheWeekOnMonday(string today, string monday)
    {
        Assert.Equal(DateOnly.Parse(monday), MeetingDates.WeekStart(DateOnly.Parse(today)));
    }
}
