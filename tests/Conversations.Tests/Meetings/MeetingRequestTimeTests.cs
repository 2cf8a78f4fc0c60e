using static Pkkpm.Conversations.Tests.Meetings.MeetingRequestCheck;

namespace Pkkpm.Conversations.Tests.Meetings;

/// <summary>Times of day; every meeting here is tomorrow.</summary>
public class MeetingRequestTimeTests
{
    [Theory]
    [InlineData("MAWAR besok 15.00", "15:00")]
    [InlineData("MAWAR besok 15:00", "15:00")]
    [InlineData("MAWAR besok 15", "15:00")]
    [InlineData("MAWAR besok jam 15", "15:00")]
    [InlineData("MAWAR besok jam 15.30 WIB", "15:30")]
    [InlineData("MAWAR besok jam 3 sore", "15:00")]
    [InlineData("MAWAR besok pukul 9 pagi", "09:00")]
    [InlineData("MAWAR besok pkl 9 pagi", "09:00")]
    [InlineData("MAWAR besok 3 sore", "15:00")]
    [InlineData("MAWAR besok 5 sore", "17:00")]
    [InlineData("MAWAR besok 9.30 pagi", "09:30")]
    [InlineData("MAWAR besok 9,30 pagi", "09:30")]
    [InlineData("MAWAR besok jam 7 malam", "19:00")]
    [InlineData("MAWAR besok jam 19 malam", "19:00")]
    [InlineData("MAWAR besok jam 12 siang", "12:00")]
    [InlineData("MAWAR besok jam 11 siang", "11:00")]
    [InlineData("MAWAR besok jam 1 siang", "13:00")]
    [InlineData("MAWAR besok jam 2 siang", "14:00")]
    [InlineData("MAWAR besok jam 13 siang", "13:00")]
    [InlineData("MAWAR besok sore jam 4", "16:00")]
    [InlineData("MAWAR besok malam jam 8", "20:00")]
    // A bare hour from 1 to 6 is the afternoon: groups meet by day.
    [InlineData("MAWAR besok jam 1", "13:00")]
    [InlineData("MAWAR besok jam 3", "15:00")]
    [InlineData("MAWAR besok 3.30", "15:30")]
    [InlineData("MAWAR besok jam 6", "18:00")]
    [InlineData("MAWAR besok jam 7", "07:00")]
    [InlineData("MAWAR besok jam 12", "12:00")]
    [InlineData("MAWAR besok jam 03.00", "03:00")] // a leading zero is the 24-hour clock
    [InlineData("MAWAR besok 00.00", "00:00")]
    [InlineData("MAWAR besok 23.59", "23:59")]
    public void ReadsTimes(string arguments, string time) => ReadsTime(arguments, time);
}
