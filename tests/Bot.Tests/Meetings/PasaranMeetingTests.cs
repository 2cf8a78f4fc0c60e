using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Meetings;

/// <summary>
/// RAPAT by weekday and pasaran ("Kamis Legi"): the next day that is both, not the next Thursday,
/// and the summary and the notices say the pasaran. The app's day is Friday 27 Nov 2026 (Jumat Pon):
/// Thursday 3 Dec is Kamis Wage, 10 Dec Kamis Legi.
/// </summary>
public class PasaranMeetingTests
{
    private const string Rina = "+6281211110009", Sri = "+6281211110001", Tri = "+6281211110010";

    [Fact]
    public async Task RAPAT_on_Kamis_Legi_is_the_next_Thursday_that_is_Legi()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Rina, "RAPAT MAWAR Kamis Legi 14.00 balai desa");
        await app.Twilio.SmsAsync(Rina, "ya");

        Assert.StartsWith("Rapat KPB Mawar Kamis Legi 10/12 jam 14.00 di balai desa: undangan ke", summary.Replies[0]);
        Assert.Equal("Undangan rapat KPB Mawar: Kamis Legi 10/12 jam 14.00 di balai desa. Balas HADIR, IZIN atau SAKIT. -Rina (pendamping)",
            Assert.Single(await app.OutboxAsync(Sri)).Body);
        await using var connection = app.OpenDatabase();
        Assert.Equal(["2026-12-10"], await connection.QueryAsync<string>("select cast(meeting_on as text) from meetings"));
    }

    [Fact]
    public async Task RAPAT_SEMUA_on_Kamis_Legi_calls_every_group_on_that_day()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Rina, "rapat semua Kemis Legi jam 2 siang Balai Desa");
        await app.Twilio.SmsAsync(Rina, "nggih");

        Assert.StartsWith("Rapat 2 kelompok (MAWAR, MELATI): Kamis Legi 10/12 jam 14.00 di Balai Desa, undangan ke 5 anggota", summary.Replies[0]);
        Assert.Contains("Kamis Legi 10/12 jam 14.00", Assert.Single(await app.OutboxAsync(Tri)).Body);
        await using var connection = app.OpenDatabase();
        Assert.Equal(["2026-12-10", "2026-12-10"], await connection.QueryAsync<string>("select cast(meeting_on as text) from meetings order by group_id"));
    }
}
