using Pkkpm.Conversations.Meetings;
using static Pkkpm.Conversations.Tests.Meetings.MeetingRequestCheck;

namespace Pkkpm.Conversations.Tests.Meetings;

/// <summary>What cannot be read, and the words to quote back. Now is Friday 27 Nov 2026 10:00 WIB.</summary>
public class MeetingRequestProblemTests
{
    [Theory]
    [InlineData("", MeetingRequestProblem.MissingGroup, "")]
    [InlineData("   ", MeetingRequestProblem.MissingGroup, "")]
    [InlineData("Senin 15.00 Balai Desa", MeetingRequestProblem.MissingGroup, "Senin 15.00 Balai Desa")]
    [InlineData("besok jam 3", MeetingRequestProblem.MissingGroup, "besok jam 3")]
    [InlineData("jam 3 sore", MeetingRequestProblem.MissingGroup, "jam 3 sore")]
    [InlineData("MAWAR", MeetingRequestProblem.MissingDate, "")]
    [InlineData("MAWAR jam 3 sore", MeetingRequestProblem.MissingDate, "")]
    [InlineData("MAWAR 15.00 Balai Desa", MeetingRequestProblem.MissingDate, "Balai Desa")]
    [InlineData("MAWAR 31/11 15.00", MeetingRequestProblem.BadDate, "31/11")]
    [InlineData("MAWAR 12/13 15.00", MeetingRequestProblem.BadDate, "12/13")]
    [InlineData("MAWAR 0/12 15.00", MeetingRequestProblem.BadDate, "0/12")]
    [InlineData("MAWAR 30 Februari 15.00", MeetingRequestProblem.BadDate, "30 Februari")]
    [InlineData("MAWAR 29/2/2027 15.00", MeetingRequestProblem.BadDate, "29/2/2027")]
    [InlineData("MAWAR Senin 1/12 15.00", MeetingRequestProblem.BadDate, "Senin 1/12")] // 1 Dec is a Tuesday
    [InlineData("MAWAR Kamis Legi 4 Des 15.00", MeetingRequestProblem.BadDate, "Kamis Legi 4 Des")]
    [InlineData("MAWAR minggu depan jam 3", MeetingRequestProblem.BadDate, "minggu depan")] // next week, which day?
    [InlineData("MAWAR pekan lalu 15.00", MeetingRequestProblem.BadDate, "pekan lalu")]
    [InlineData("MAWAR tgl besok 15.00", MeetingRequestProblem.BadDate, "tgl besok")]
    [InlineData("MAWAR Senin", MeetingRequestProblem.MissingTime, "")]
    [InlineData("MAWAR Senin Balai Desa", MeetingRequestProblem.MissingTime, "Balai Desa")]
    [InlineData("MAWAR Senin 1500 Balai Desa", MeetingRequestProblem.MissingTime, "1500 Balai Desa")]
    [InlineData("MAWAR Senin jam 12 pagi", MeetingRequestProblem.BadTime, "jam 12 pagi")]
    [InlineData("MAWAR Senin 15 pagi", MeetingRequestProblem.BadTime, "15 pagi")]
    [InlineData("MAWAR Senin jam 10 siang", MeetingRequestProblem.BadTime, "jam 10 siang")]
    [InlineData("MAWAR Senin jam 2 sore", MeetingRequestProblem.BadTime, "jam 2 sore")]
    [InlineData("MAWAR Senin jam 12 malam", MeetingRequestProblem.BadTime, "jam 12 malam")]
    [InlineData("MAWAR Senin pagi jam 7 malam", MeetingRequestProblem.BadTime, "pagi jam 7 malam")]
    [InlineData("MAWAR Senin 24.00", MeetingRequestProblem.BadTime, "24.00")]
    [InlineData("MAWAR Senin 15.60", MeetingRequestProblem.BadTime, "15.60")]
    [InlineData("MAWAR Senin 15.5", MeetingRequestProblem.BadTime, "15.5")]
    [InlineData("MAWAR Senin jam tiga sore", MeetingRequestProblem.BadTime, "jam tiga")]
    [InlineData("MAWAR Senin jam", MeetingRequestProblem.BadTime, "jam")]
    [InlineData("MAWAR hari ini jam 9 pagi Balai Desa", MeetingRequestProblem.InThePast, "hari ini jam 9 pagi")]
    [InlineData("MAWAR 27/11 09.59", MeetingRequestProblem.InThePast, "27/11 09.59")]
    [InlineData("MAWAR jam 3 sore 12/12/2025", MeetingRequestProblem.InThePast, "jam 3 sore 12/12/2025")]
    [InlineData("MAWAR 12 Desember 2025 15.00", MeetingRequestProblem.InThePast, "12 Desember 2025 15.00")]
    // Javanese words that still name no date or time get the same questions.
    [InlineData("sonten jam 3 Balai Desa", MeetingRequestProblem.MissingGroup, "sonten jam 3 Balai Desa")]
    [InlineData("Rebo jam 3", MeetingRequestProblem.MissingGroup, "Rebo jam 3")]
    [InlineData("bakda ashar", MeetingRequestProblem.MissingGroup, "bakda ashar")]
    [InlineData("MAWAR Rebbo jam 3", MeetingRequestProblem.MissingDate, "Rebbo jam 3")]
    [InlineData("MAWAR jam 3 sonten", MeetingRequestProblem.MissingDate, "")]
    [InlineData("MAWAR minggu ngarep jam 3", MeetingRequestProblem.BadDate, "minggu ngarep")]
    [InlineData("MAWAR minggu iki jam 3", MeetingRequestProblem.BadDate, "minggu iki")]
    [InlineData("MAWAR sesuk minggu ngarep jam 3", MeetingRequestProblem.BadDate, "sesuk minggu ngarep")]
    [InlineData("MAWAR besok minggu depan jam 3", MeetingRequestProblem.BadDate, "besok minggu depan")]
    [InlineData("MAWAR Rebo 3/12 jam 3", MeetingRequestProblem.BadDate, "Rebo 3/12")]
    [InlineData("MAWAR Rebo sonten", MeetingRequestProblem.MissingTime, "sonten")]
    [InlineData("MAWAR sesuk enjing Balai Desa", MeetingRequestProblem.MissingTime, "enjing Balai Desa")]
    [InlineData("MAWAR Rebo bakda", MeetingRequestProblem.MissingTime, "bakda")]
    [InlineData("MAWAR Rebo jam tigo sonten", MeetingRequestProblem.BadTime, "jam tigo")]
    [InlineData("MAWAR Rebo jam 12 enjing", MeetingRequestProblem.BadTime, "jam 12 enjing")]
    [InlineData("MAWAR Rebo jam 10 sonten", MeetingRequestProblem.BadTime, "jam 10 sonten")]
    [InlineData("MAWAR Rebo enjing jam 3 sonten", MeetingRequestProblem.BadTime, "enjing jam 3 sonten")]
    [InlineData("MAWAR Rebo bakda ashar jam 9", MeetingRequestProblem.BadTime, "bakda ashar jam 9")]
    [InlineData("MAWAR Rebo jam 2 dalu", MeetingRequestProblem.BadTime, "jam 2 dalu")]
    [InlineData("MAWAR mangke enjing jam 9", MeetingRequestProblem.InThePast, "mangke enjing jam 9")]
    [InlineData("MAWAR dinten niki bakda subuh", MeetingRequestProblem.InThePast, "dinten niki bakda subuh")]
    public void ReportsTheProblemAndTheWords(string arguments, MeetingRequestProblem problem, string fragment)
    {
        var result = MeetingRequestParser.Parse(arguments, FridayTenWib);
        Assert.Null(result.Request);
        Assert.Equal(problem, result.Problem);
        Assert.Equal(fragment, result.Fragment);
    }
}
