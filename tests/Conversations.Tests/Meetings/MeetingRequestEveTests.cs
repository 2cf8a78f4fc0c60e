using Pkkpm.Conversations.Meetings;
using static Pkkpm.Conversations.Tests.Meetings.MeetingRequestCheck;

namespace Pkkpm.Conversations.Tests.Meetings;

/// <summary>"malam Jumat" is Thursday evening: in Java the day begins at sunset, and pengajian
/// and arisan meet on it. Now is Friday 27 Nov 2026 10:00 WIB, so the coming Thursday is 3/12.</summary>
public class MeetingRequestEveTests
{
    [Theory]
    [InlineData("MAWAR malem Jemuah jam 7 Mushola", "2026-12-03", "19:00", "Mushola")]
    [InlineData("MAWAR malam Jumat jam 7", "2026-12-03", "19:00", null)]
    [InlineData("MAWAR malam Jumat 19.30", "2026-12-03", "19:30", null)]
    [InlineData("MAWAR mlm jumat jam 8 malam", "2026-12-03", "20:00", null)]
    [InlineData("MAWAR malem Jemuah dalu jam 7", "2026-12-03", "19:00", null)]
    [InlineData("MAWAR malem Jemuah bakda isya wonten Mushola", "2026-12-03", "19:30", "Mushola")]
    [InlineData("MAWAR malam Jumat Kliwon bakda maghrib", "2026-12-03", "18:30", null)]
    [InlineData("MAWAR jam 7 malem Jemuah", "2026-12-03", "19:00", null)]
    [InlineData("MAWAR bakda isya malem Jemuah", "2026-12-03", "19:30", null)]
    [InlineData("MAWAR Kemis malem Jemuah jam 7", "2026-12-03", "19:00", null)]
    [InlineData("MAWAR malam Jumat 3/12 jam 7", "2026-12-03", "19:00", null)] // the Thursday's date agrees
    [InlineData("MAWAR malam Minggu jam 8", "2026-11-28", "20:00", null)]      // Saturday evening
    [InlineData("MAWAR malem Setu jam 7", "2026-11-27", "19:00", null)]        // this evening
    [InlineData("MAWAR malam Senin jam 7", "2026-11-29", "19:00", null)]
    [InlineData("MAWAR malam Jumat depan jam 7", "2026-12-03", "19:00", null)]
    public void ReadsTheEveningBeforeTheNamedDay(string arguments, string date, string time, string? place) =>
        Reads(arguments, "MAWAR", date, time, place);

    [Fact]
    public void OnThursdayAfterTheHourItIsNextWeeksThursday()
    {
        var thursdayNight = new DateTimeOffset(2026, 12, 3, 20, 0, 0, TimeSpan.FromHours(7));
        Reads("MAWAR malem Jemuah jam 7", "MAWAR", "2026-12-10", "19:00", null, thursdayNight);
        Reads("MAWAR malem Jemuah jam 9", "MAWAR", "2026-12-03", "21:00", null, thursdayNight);
    }

    [Fact]
    public void FridayEveningIsStillFriday()
    {
        Reads("MAWAR Jumat malam jam 7", "MAWAR", "2026-11-27", "19:00", null);
        Reads("MAWAR Jemuah dalu jam 7", "MAWAR", "2026-11-27", "19:00", null);
    }

    [Theory]
    [InlineData("MAWAR malam Jumat 4/12 jam 7", MeetingRequestProblem.BadDate, "malam Jumat 4/12")] // Friday's date: which evening?
    [InlineData("MAWAR Kemis malem Setu jam 7", MeetingRequestProblem.BadDate, "Kemis malem Setu")]
    [InlineData("MAWAR malam Jumat jam 9 pagi", MeetingRequestProblem.BadTime, "jam 9 pagi")]
    [InlineData("MAWAR malem Jemuah bakda ashar", MeetingRequestProblem.BadTime, "bakda ashar")]
    [InlineData("MAWAR jam 3 malem Jemuah", MeetingRequestProblem.BadTime, "jam 3")] // 3 is no evening hour
    [InlineData("MAWAR malem Jemuah 15.00", MeetingRequestProblem.BadTime, "15.00")]
    [InlineData("MAWAR malem Jemuah", MeetingRequestProblem.MissingTime, "")]
    [InlineData("malem Jemuah jam 7", MeetingRequestProblem.MissingGroup, "malem Jemuah jam 7")]
    public void AsksWhenTheEveningDoesNotAgree(string arguments, MeetingRequestProblem problem, string fragment)
    {
        var result = MeetingRequestParser.Parse(arguments, FridayTenWib);
        Assert.Null(result.Request);
        Assert.Equal(problem, result.Problem);
        Assert.Equal(fragment, result.Fragment);
    }
}
