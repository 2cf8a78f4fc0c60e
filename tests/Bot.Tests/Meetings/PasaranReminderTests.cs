using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.Tests.Meetings;

/// <summary>
/// A meeting called by weekday and pasaran keeps its pasaran: its reminder the day before and JADWAL
/// say "Kamis Legi 10/12" as its notice did, in one SMS. One called without a pasaran reads as before.
/// The app's day is Friday 27 Nov 2026 10.00 WIB; the MAWAR group meets on Mondays.
/// </summary>
public class PasaranReminderTests
{
    private const string Rina = "+6281211110009", Sri = "+6281211110001", Slamet = "+6281211110002";

    [Fact]
    public async Task A_meeting_called_on_Kamis_Legi_is_reminded_and_shown_as_Kamis_Legi()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Rina, "RAPAT MAWAR Kamis Legi 14.00 balai desa");
        await app.Twilio.SmsAsync(Rina, "ya");

        // Wednesday 9/12 16.00 WIB, the day before; the routine Mondays 30/11 and 7/12 are past.
        app.Clock.Advance(new DateTimeOffset(2026, 12, 9, 16, 0, 0, TimeSpan.FromHours(7)) - app.Clock.GetUtcNow());
        var reminder = await ReminderToSriAsync(app);
        var jadwal = await app.Twilio.SmsAsync(Slamet, "jadwal");

        Assert.Equal("Pengingat: besok rapat KPB Mawar, Kamis Legi 10/12 jam 14.00 di balai desa. Balas HADIR, IZIN atau SAKIT. -Rina (pendamping)", reminder);
        Assert.True(SmsLength.FitsOneSegment(reminder), reminder);
        Assert.Equal("Pertemuan KPB Mawar berikutnya: Kamis Legi 10/12 jam 14.00 di balai desa. Balas HADIR, IZIN atau SAKIT.", jadwal.Reply);
        Assert.True(SmsLength.FitsOneSegment(jadwal.Reply), jadwal.Reply);
    }

    [Fact]
    public async Task RAPAT_SEMUA_on_Kamis_Legi_is_reminded_as_Kamis_Legi()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Rina, "rapat semua Kemis Legi jam 2 siang Balai Desa");
        await app.Twilio.SmsAsync(Rina, "nggih");

        app.Clock.Advance(new DateTimeOffset(2026, 12, 9, 16, 0, 0, TimeSpan.FromHours(7)) - app.Clock.GetUtcNow());

        Assert.Contains("Kamis Legi 10/12 jam 14.00 di Balai Desa.", await ReminderToSriAsync(app));
    }

    [Fact]
    public async Task A_meeting_called_without_a_pasaran_is_reminded_and_shown_as_before()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Rina, "RAPAT MAWAR Kamis 14.00 balai desa");
        await app.Twilio.SmsAsync(Rina, "ya");

        // Wednesday 2/12 16.00 WIB, the day before; the routine Monday 30/11 is past.
        app.Clock.Advance(new DateTimeOffset(2026, 12, 2, 16, 0, 0, TimeSpan.FromHours(7)) - app.Clock.GetUtcNow());
        var reminder = await ReminderToSriAsync(app);
        var jadwal = await app.Twilio.SmsAsync(Slamet, "jadwal");

        Assert.Equal("Pengingat: besok rapat KPB Mawar, Kamis 03/12 jam 14.00 di balai desa. Balas HADIR, IZIN atau SAKIT. -Rina (pendamping)", reminder);
        Assert.Equal("Pertemuan KPB Mawar berikutnya: Kamis 03/12 jam 14.00 di balai desa. Balas HADIR, IZIN atau SAKIT.", jadwal.Reply);
    }

    private static async Task<string> ReminderToSriAsync(BotApplication app)
    {
        var reminders = await Eventually.UntilAsync(app,
            async () => (await app.OutboxAsync(Sri)).Where(r => r.Kind == "reminder" && r.Body.Contains("rapat")).ToList(), r => r.Count > 0);
        return Assert.Single(reminders).Body;
    }
}
