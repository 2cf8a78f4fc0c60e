using Pkkpm.Conversations.Meetings;
using static Pkkpm.Conversations.Tests.Meetings.MeetingRequestCheck;

namespace Pkkpm.Conversations.Tests.Meetings;

/// <summary>
/// "Kamis Legi": a weekday and a Javanese market day together, which meet once in 35 days. Now is
/// Friday 27 Nov 2026 (Jumat Pon); Thursday 3 Dec is Kamis Wage, 10 Dec Kamis Legi.
/// </summary>
public class MeetingRequestPasaranTests
{
    private static readonly DateTimeOffset KamisLegiTenWib = new(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void A_weekday_with_its_pasaran_is_the_next_day_that_is_both()
    {
        var request = MeetingRequestParser.Parse("MAWAR Kamis Legi 14.00 balai desa", FridayTenWib).Request!;

        Assert.Equal(new MeetingRequest("MAWAR", new DateOnly(2026, 12, 10), new TimeOnly(14, 0), "balai desa", "Legi"), request);
        Assert.Equal((DayOfWeek.Thursday, "Legi"), (request.Date.DayOfWeek, Pasaran.Of(request.Date)));
    }

    [Theory]
    [InlineData("SEMUA Kemis Legi jam 2 siang", "Legi")]
    [InlineData("MAWAR Rebo Paing 15.00", "Pahing")]
    [InlineData("MAWAR dinten Setu Kliwon 15.00", "Kliwon")]
    public void The_pasaran_is_kept_as_written_properly(string arguments, string pasaran) =>
        Assert.Equal(pasaran, MeetingRequestParser.Parse(arguments, FridayTenWib).Request!.Pasaran);

    [Fact]
    public void On_the_day_itself_a_passed_hour_is_the_next_selapan_not_next_week() =>
        Reads("MAWAR Kamis Legi 09.00", "MAWAR", "2027-01-14", "09:00", null, KamisLegiTenWib);

    [Fact]
    public void On_the_day_itself_an_hour_ahead_is_today() =>
        Reads("MAWAR Kamis Legi 15.00", "MAWAR", "2026-12-10", "15:00", null, KamisLegiTenWib);

    [Fact]
    public void The_eve_of_a_market_day_is_the_evening_before_it_and_says_no_pasaran_of_its_own()
    {
        // Malam Jumat Kliwon is Thursday 3 Dec in the evening (Friday 4 Dec is Jumat Kliwon).
        var request = MeetingRequestParser.Parse("MAWAR malam Jumat Kliwon bakda maghrib", FridayTenWib).Request!;

        Assert.Equal((new DateOnly(2026, 12, 3), (string?)null), (request.Date, request.Pasaran));
    }

    [Fact]
    public void A_date_on_another_pasaran_is_asked_back()
    {
        var result = MeetingRequestParser.Parse("MAWAR Kamis Legi 3/12 15.00", FridayTenWib);

        Assert.Equal((MeetingRequestProblem.BadDate, "Kamis Legi 3/12"), (result.Problem, result.Fragment));
    }

    [Fact]
    public void Without_a_pasaran_nothing_changes()
    {
        var request = MeetingRequestParser.Parse("MAWAR Kamis 14.00", FridayTenWib).Request!;

        Assert.Equal((new DateOnly(2026, 12, 3), (string?)null), (request.Date, request.Pasaran));
    }
}
