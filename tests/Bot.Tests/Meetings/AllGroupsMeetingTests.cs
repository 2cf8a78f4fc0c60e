using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.Tests.Meetings;

/// <summary>RAPAT SEMUA: one summary, one YA, a meeting and a notice for each of the pendamping's groups.</summary>
public class AllGroupsMeetingTests
{
    private const string Rina = "+6281211110009", Sri = "+6281211110001", Tri = "+6281211110010";

    [Fact]
    public async Task One_YA_calls_a_meeting_in_every_group_with_its_own_notice()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Rina, "RAPAT SEMUA Rabu 15.00 Balai Desa");
        var yes = await app.Twilio.SmsAsync(Rina, "ya");

        Assert.Equal("Rapat 2 kelompok (MAWAR, MELATI): Rabu 02/12 jam 15.00 di Balai Desa, undangan ke 5 anggota, pengingat Selasa jam 16.00.", summary.Replies[0]);
        Assert.StartsWith("Undangan rapat dikirim ke 2 kelompok, 5 anggota.", yes.Reply);
        Assert.Matches(@"Cek: STATUS U\d+, U\d+\.$", yes.Reply);
        Assert.Equal("Undangan rapat KPB Mawar: Rabu 02/12 jam 15.00 di Balai Desa. Balas HADIR, IZIN atau SAKIT. -Rina (pendamping)", Assert.Single(await app.OutboxAsync(Sri)).Body);
        Assert.Equal("Undangan rapat KPB Melati: Rabu 02/12 jam 15.00 di Balai Desa. Balas HADIR, IZIN atau SAKIT. -Rina (pendamping)", Assert.Single(await app.OutboxAsync(Tri)).Body);
        Assert.Equal(5, (await app.OutboxAsync()).Count(r => r.Kind == "meeting"));
        await using var connection = app.OpenDatabase();
        var meetings = (await connection.QueryAsync<(string Code, string Place)>(
            "select g.code, m.place from meetings m join groups g on g.id = m.group_id where m.meeting_on = '2026-12-02' order by g.code")).ToList();
        Assert.Equal([("MAWAR", "Balai Desa"), ("MELATI", "Balai Desa")], meetings);
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("select count(*) from scheduled_jobs where kind = 'meeting-reminder'"));
    }

    [Fact]
    public async Task Without_a_place_each_group_meets_at_its_own()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Rina, "rapat semua Rebo sonten jam 3");
        await app.Twilio.SmsAsync(Rina, "nggih");

        Assert.StartsWith("Rapat 2 kelompok (MAWAR, MELATI): Rabu 02/12 jam 15.00 di tempat masing-masing, undangan ke 5 anggota", summary.Replies[0]);
        Assert.Contains("di Rumah Bu Sri.", Assert.Single(await app.OutboxAsync(Sri)).Body);
        Assert.Contains("di Balai Desa.", Assert.Single(await app.OutboxAsync(Tri)).Body);
        Assert.All(await app.OutboxAsync(), r => Assert.True(SmsLength.FitsOneSegment(r.Body), r.Body));
    }

    [Fact]
    public async Task RAPAT_with_a_code_and_a_ketua_RAPAT_still_call_one_group()
    {
        using var seeds = SeedFolder.Mawar();
        File.AppendAllLines(Path.Combine(seeds.Path, "people.csv"), ["081211110005,Sumarni,ketua,MAWAR,Ibu"]);
        await using var app = new BotApplication(seeds.Path);

        var melati = await app.Twilio.SmsAsync(Rina, "RAPAT MELATI Rabu 15.00 Balai Desa");
        await app.Twilio.SmsAsync(Rina, "batal");
        var ketua = await app.Twilio.SmsAsync("+6281211110005", "RAPAT Rabu 15.00 Balai Desa");

        Assert.StartsWith("Rapat KPB Melati Rabu 02/12 jam 15.00 di Balai Desa: undangan ke 1 anggota", melati.Replies[0]);
        Assert.StartsWith("Rapat KPB Mawar Rabu 02/12 jam 15.00 di Balai Desa: undangan ke", ketua.Replies[0]);
    }
}
