using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Meetings;

/// <summary>
/// A meeting called after its day-before reminder moment is reminded 2 hours before, never between
/// 21.00 and 06.00 WIB (then at 06.00), and not within 3 hours of its notice. The clock starts on
/// Friday 27/11 10.00 WIB.
/// </summary>
public class ShortNoticeReminderTests
{
    private const string Rina = "+6281211110009", Sri = "+6281211110001";

    [Fact]
    public async Task A_meeting_this_afternoon_is_reminded_two_hours_before_on_the_day()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Rina, "RAPAT MAWAR Jumat 15.00 Balai Desa");
        await app.Twilio.SmsAsync(Rina, "ya");

        Assert.Equal("Rapat KPB Mawar Jumat 27/11 jam 15.00 di Balai Desa: undangan ke 4 anggota, pengingat hari ini jam 13.00. Balas YA untuk kirim, BATAL untuk batal.", summary.Reply);
        Assert.Equal([DateTimeOffset.Parse("2026-11-27T13:00:00+07:00")], await RemindersAsync(app));

        app.Clock.Advance(TimeSpan.FromHours(3));
        var reminder = await Eventually.UntilAsync(app, async () => (await app.OutboxAsync(Sri)).Where(r => r.Kind == "reminder").ToList(), r => r.Count > 0);
        Assert.Equal("Pengingat: hari ini rapat KPB Mawar, Jumat 27/11 jam 15.00 di Balai Desa. Balas HADIR, IZIN atau SAKIT. -Rina (pendamping)", Assert.Single(reminder).Body);
    }

    [Fact]
    public async Task A_meeting_called_at_eight_in_the_evening_for_the_next_morning_is_reminded_at_six()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        app.Clock.Advance(TimeSpan.FromHours(10)); // Friday 20.00

        var summary = await app.Twilio.SmsAsync(Rina, "RAPAT MAWAR besok jam 7 pagi Balai Desa");
        await app.Twilio.SmsAsync(Rina, "ya");

        Assert.Contains(", pengingat besok jam 06.00.", summary.Reply);
        Assert.Equal([DateTimeOffset.Parse("2026-11-28T06:00:00+07:00")], await RemindersAsync(app));
    }

    [Fact]
    public async Task A_meeting_two_hours_away_gets_no_reminder_after_its_fresh_notice()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Rina, "RAPAT MAWAR Jumat 12.00 Balai Desa");
        await app.Twilio.SmsAsync(Rina, "ya");

        Assert.Equal("Rapat KPB Mawar Jumat 27/11 jam 12.00 di Balai Desa: undangan ke 4 anggota. Balas YA untuk kirim, BATAL untuk batal.", summary.Reply);
        Assert.Empty(await RemindersAsync(app));
        Assert.NotEmpty(await app.OutboxAsync(Sri)); // the notice went
    }

    [Fact]
    public async Task A_meeting_called_in_good_time_keeps_the_day_before_reminder()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Rina, "RAPAT MAWAR Sabtu 10.00 Balai Desa");
        await app.Twilio.SmsAsync(Rina, "ya");

        Assert.Equal([DateTimeOffset.Parse("2026-11-27T16:00:00+07:00")], await RemindersAsync(app));
    }

    private static async Task<List<DateTimeOffset>> RemindersAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return (await connection.QueryAsync<DateTimeOffset>("select due_at from scheduled_jobs where kind = 'meeting-reminder' order by due_at")).ToList();
    }
}
