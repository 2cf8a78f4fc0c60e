using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>Members say whether they come; the treasurer records who came.</summary>
public class AttendanceTests
{
    private const string Bendahara = "+6281211110003", Sri = "+6281211110001", Slamet = "+6281211110002";

    [Fact]
    public async Task HADIR_IZIN_and_SAKIT_are_for_the_next_meeting()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var hadir = await app.Twilio.SmsAsync(Sri, "hadir");
        var izin = await app.Twilio.SmsAsync(Slamet, "izin anak sakit");

        // Friday 27/11; KPB Mawar meets on Mondays at 15:00.
        Assert.Equal("Terima kasih Ibu Sri. Untuk pertemuan KPB Mawar Senin 30/11 jam 15.00 tercatat: HADIR.", hadir.Reply);
        Assert.EndsWith("tercatat: IZIN (anak sakit).", izin.Reply);
    }

    [Fact]
    public async Task ABSEN_records_the_meeting_and_keeps_the_excuses_members_sent()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        app.Clock.Advance(TimeSpan.FromDays(3)); // Monday 30/11, the meeting day

        await app.Twilio.SmsAsync(Slamet, "sakit");
        var roll = await app.Twilio.SmsAsync(Bendahara, "ABSEN 1 3");

        Assert.Equal("Absen KPB Mawar 30/11 dicatat: hadir 2, izin 0, sakit 1, alpa 1.", roll.Reply);
        await using var connection = app.OpenDatabase();
        var statuses = (await connection.QueryAsync<string>("select status from attendance where meeting_on = '2026-11-30' order by person_id")).ToList();
        Assert.Equal(["hadir", "sakit", "hadir", "alpa"], statuses);
    }

    [Fact]
    public async Task ABSEN_with_a_number_not_in_the_list_records_nothing()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var roll = await app.Twilio.SmsAsync(Bendahara, "absen 1 2 17");

        Assert.Equal("Nomor 17 tidak ada di KPB Mawar. Ketik DAFTAR untuk nomor anggota. Absen belum dicatat.", roll.Reply);
    }
}
