using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Outreach;

/// <summary>RAPAT: notice now, reminder the day before to those who have not answered; JADWAL shows it.</summary>
public class MeetingTests
{
    private const string Pendamping = "+6281211110009", Sri = "+6281211110001", Slamet = "+6281211110002";

    [Fact]
    public async Task A_meeting_is_announced_and_answers_fill_its_attendance()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var question = await app.Twilio.SmsAsync(Pendamping, "rapat mawar 2/12 jam 3 sore Balai Desa");
        var sent = await app.Twilio.SmsAsync(Pendamping, "ya");
        var jadwal = await app.Twilio.SmsAsync(Slamet, "jadwal");
        var hadir = await app.Twilio.SmsAsync(Sri, "hadir");

        Assert.Equal("Rapat KPB Mawar Rabu 02/12 jam 15.00 di Balai Desa: undangan ke 4 anggota, pengingat Selasa jam 16.00. Balas YA untuk kirim, BATAL untuk batal.", question.Reply);
        Assert.StartsWith("Undangan rapat KPB Mawar dikirim ke 4 anggota.", sent.Reply);
        Assert.Equal("Undangan rapat KPB Mawar: Rabu 02/12 jam 15.00 di Balai Desa. Balas HADIR, IZIN atau SAKIT. -Rina (pendamping)", (await app.OutboxAsync(Sri)).Single().Body);
        // The routine Monday meeting (30/11) comes first; the scheduled one is next after it. An answer
        // sent while the notice waits for one is for the meeting the notice announced, and says so.
        Assert.Equal("Pertemuan KPB Mawar berikutnya: Senin 30/11 jam 15.00 di Rumah Bu Sri. Balas HADIR, IZIN atau SAKIT.", jadwal.Reply);
        Assert.Contains("Rabu 02/12 jam 15.00 tercatat: HADIR", hadir.Reply);
    }

    [Fact]
    public async Task A_meeting_called_in_Javanese_is_read_and_announced_with_the_Indonesian_hour()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var question = await app.Twilio.SmsAsync(Pendamping, "RAPAT MAWAR Rebo sonten jam 3 Balai Desa");
        await app.Twilio.SmsAsync(Pendamping, "ya");

        // Friday 27/11: Rebo is Wednesday 2/12.
        Assert.Equal("Rapat KPB Mawar Rabu 02/12 jam 15.00 di Balai Desa: undangan ke 4 anggota, pengingat Selasa jam 16.00. Balas YA untuk kirim, BATAL untuk batal.", question.Reply);
        Assert.Equal("Undangan rapat KPB Mawar: Rabu 02/12 jam 15.00 di Balai Desa. Balas HADIR, IZIN atau SAKIT. -Rina (pendamping)", (await app.OutboxAsync(Sri)).Single().Body);
        await using var connection = app.OpenDatabase();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from meetings where meeting_on = '2026-12-02'"));
    }

    [Fact]
    public async Task Malem_Jemuah_is_Thursday_evening()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var rapat = await app.Twilio.SmsAsync(Pendamping, "rapat mawar malem Jemuah bakda isya wonten Mushola");
        await app.Twilio.SmsAsync(Pendamping, "batal");
        var jadwal = await app.Twilio.SmsAsync(Pendamping, "JADWAL MAWAR malam Jumat jam 8");

        Assert.StartsWith("Rapat KPB Mawar Kamis 03/12 jam 19.30 di Mushola: undangan ke 4 anggota", rapat.Reply);
        Assert.StartsWith("Rapat KPB Mawar Kamis 03/12 jam 20.00 di Rumah Bu Sri: undangan ke 4 anggota", jadwal.Reply);
    }

    [Fact]
    public async Task JADWAL_reads_a_meeting_day_written_in_Javanese()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        _ = app.Services; // the app has started: its database is there
        await using (var connection = app.OpenDatabase())
            await connection.ExecuteAsync("update groups set meeting_day = 'Kemis Legi' where code = 'MAWAR'");

        var jadwal = await app.Twilio.SmsAsync(Slamet, "jadwal");
        var hadir = await app.Twilio.SmsAsync(Sri, "hadir");

        Assert.Equal("Pertemuan KPB Mawar berikutnya: Kamis 03/12 jam 15.00 di Rumah Bu Sri. Balas HADIR, IZIN atau SAKIT.", jadwal.Reply);
        Assert.Equal("Terima kasih Ibu Sri. Untuk pertemuan KPB Mawar Kamis 03/12 jam 15.00 tercatat: HADIR.", hadir.Reply);
    }

    [Fact]
    public async Task A_ketua_asks_JADWAL_like_any_member_and_calls_a_meeting_with_RAPAT()
    {
        using var seeds = SeedFolder.Mawar();
        File.AppendAllLines(Path.Combine(seeds.Path, "people.csv"), ["081211110005,Sumarni,ketua,MAWAR,Ibu"]);
        await using var app = new BotApplication(seeds.Path);
        const string ketua = "+6281211110005";

        var jadwal = await app.Twilio.SmsAsync(ketua, "jadwal");
        var rapat = await app.Twilio.SmsAsync(ketua, "rapat mawar Sabtu 10.00 Balai Desa");

        Assert.Equal("Pertemuan KPB Mawar berikutnya: Senin 30/11 jam 15.00 di Rumah Bu Sri. Balas HADIR, IZIN atau SAKIT.", jadwal.Reply);
        Assert.StartsWith("Rapat KPB Mawar Sabtu 28/11 jam 10.00 di Balai Desa: undangan ke", rapat.Reply);
    }

    [Fact]
    public async Task A_place_too_long_for_one_SMS_is_refused_with_how_long_it_may_be()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        const string longPlace = "Rumah Ibu Endang Susilowati Purwaningsih di sebelah utara masjid besar";
        var rapat = await app.Twilio.SmsAsync(Pendamping, $"RAPAT MAWAR Sabtu 10.00 {longPlace}");
        var yes = await app.Twilio.SmsAsync(Pendamping, "ya");

        var allowed = System.Text.RegularExpressions.Regex.Match(rapat.Reply,
            @"^Undangan jadi lebih dari 1 SMS\. Tulis tempat lebih singkat, paling banyak (\d+) huruf, misalnya Balai Desa\.$");
        Assert.True(allowed.Success, rapat.Reply);
        Assert.DoesNotContain("dikirim", yes.Reply);
        Assert.Empty(await app.OutboxAsync());

        // A place of exactly the length it named is accepted, and its notice is one SMS.
        var place = longPlace[..int.Parse(allowed.Groups[1].Value)].TrimEnd();
        var retry = await app.Twilio.SmsAsync(Pendamping, $"RAPAT MAWAR Sabtu 10.00 {place}");
        await app.Twilio.SmsAsync(Pendamping, "ya");
        Assert.StartsWith("Rapat KPB Mawar", retry.Replies[0]); // with "Balas YA ..." apart when the question is long
        Assert.All(await app.OutboxAsync(), r => Assert.True(Pkkpm.Conversations.Sms.SmsLength.FitsOneSegment(r.Body), r.Body));
        Assert.NotEmpty(await app.OutboxAsync());
    }

    [Fact]
    public async Task The_reminder_goes_the_day_before_only_to_those_who_did_not_answer()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Pendamping, "RAPAT MAWAR Sabtu 10.00 Balai Desa"); // Saturday 28/11, before the Monday routine
        await app.Twilio.SmsAsync(Pendamping, "ya");
        var izin = await app.Twilio.SmsAsync(Slamet, "izin ke pasar");
        await app.Twilio.SmsAsync("+6281211110004", "berhenti");

        app.Clock.Advance(TimeSpan.FromHours(6)); // Friday 16:00 WIB, the day before
        var reminders = await Eventually.UntilAsync(app,
            async () => (await app.OutboxAsync()).Where(r => r.Kind == "reminder").ToList(), r => r.Count > 0);

        Assert.Contains("Sabtu 28/11", izin.Reply);
        var reminder = Assert.Single(reminders, r => r.ToPhone == Sri);
        Assert.Equal("Pengingat: besok rapat KPB Mawar, Sabtu 28/11 jam 10.00 di Balai Desa. Balas HADIR, IZIN atau SAKIT. -Rina (pendamping)", reminder.Body);
        Assert.DoesNotContain(reminders, r => r.ToPhone == Slamet);            // answered IZIN
        Assert.DoesNotContain(reminders, r => r.ToPhone == "+6281211110004"); // opted out
        Assert.Equal(2, reminders.Count);                                      // Sri and Endang
    }

    [Fact]
    public async Task A_reminder_is_sent_once_even_after_a_restart()
    {
        using var seeds = SeedFolder.Mawar();
        await using var database = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider);
        await using (var app = new BotApplication(seeds.Path, database: database))
        {
            await app.Twilio.SmsAsync(Pendamping, "RAPAT MAWAR Sabtu 10.00");
            await app.Twilio.SmsAsync(Pendamping, "ya");
            app.Clock.Advance(TimeSpan.FromHours(6));
            await Eventually.UntilAsync(app, async () => (await app.OutboxAsync()).Count(r => r.Kind == "reminder"), n => n > 0);
        }

        await using var restarted = new BotApplication(seeds.Path, database: database);
        restarted.Clock.Advance(TimeSpan.FromHours(7));
        await restarted.Twilio.SmsAsync(Sri, "saldo"); // the service is up and its worker has polled
        await Task.Delay(300);

        Assert.Equal(4, (await restarted.OutboxAsync()).Count(r => r.Kind == "reminder"));
    }

    [Fact]
    public async Task A_request_that_cannot_be_read_says_what_to_write()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var noTime = await app.Twilio.SmsAsync(Pendamping, "RAPAT MAWAR Senin");
        var member = await app.Twilio.SmsAsync(Sri, "rapat");

        Assert.Contains("kurang jelas", noTime.Reply);
        Assert.StartsWith("Pertemuan KPB Mawar berikutnya: Senin 30/11", member.Reply);
        await using var connection = app.OpenDatabase();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from meetings"));
    }
}
