using Dapper;
using Pkkpm.Bot.Tests.Import;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.MeetingCadence;

/// <summary>
/// Groups that meet fortnightly, monthly or every 35 days (groups.csv's meeting_cadence and
/// first_meeting), through signed webhooks: JADWAL, HADIR and the attendance they fill. The clock
/// is Friday 27 November 2026; a weekly Monday group would meet on 30/11.
/// </summary>
public class CadenceMeetingTests
{
    private const string Sri = "+6281211110001", Slamet = "+6281211110002", Tri = "+6281211110010", Wati = "+6281211110011";

    private const string Header = "code,name,village,meeting_day,meeting_time,meeting_place,meeting_cadence,first_meeting";

    private static SeedFolder Seeds(params string[] groups)
    {
        var seeds = SeedFolder.Mawar().With("groups.csv", [Header, .. groups]);
        File.AppendAllLines(Path.Combine(seeds.Path, "people.csv"), ["081211110011,Wati Lestari,anggota,KENANGA,Ibu"]);
        return seeds;
    }

    private static readonly string[] Groups =
    [
        // Fortnightly from Monday 23/11: 30/11 is its week off.
        "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri,dwimingguan,2026-11-23",
        "MELATI,KPB Melati,Sumberejo,Kamis Legi,14:00,Balai Desa,selapanan,2026-10-01",
        "KENANGA,KPB Kenanga,Sumberejo,Kamis,09:00,Mushola,bulanan,2026-08-10",
    ];

    [Fact]
    public async Task A_fortnightly_member_asking_JADWAL_in_the_week_off_gets_the_meeting_after_it_and_HADIR_goes_there()
    {
        using var seeds = Seeds(Groups);
        await using var app = new BotApplication(seeds.Path);

        var jadwal = await app.Twilio.SmsAsync(Slamet, "kpn kumpul lg?");
        var hadir = await app.Twilio.SmsAsync(Sri, "hadir");
        var izin = await app.Twilio.SmsAsync(Slamet, "izin ke pasar");

        Assert.Equal("Pertemuan KPB Mawar berikutnya: Senin 07/12 jam 15.00 di Rumah Bu Sri. Balas HADIR, IZIN atau SAKIT.", jadwal.Reply);
        Assert.Equal("Terima kasih Ibu Sri. Untuk pertemuan KPB Mawar Senin 07/12 jam 15.00 tercatat: HADIR.", hadir.Reply);
        Assert.Contains("Senin 07/12 jam 15.00 tercatat: IZIN (ke pasar)", izin.Reply);
        await using var connection = app.OpenDatabase();
        var days = await connection.QueryAsync<string>("select cast(meeting_on as text) from attendance order by person_id");
        Assert.Equal(["2026-12-07", "2026-12-07"], days);
    }

    [Fact]
    public async Task On_the_meeting_day_of_a_fortnightly_group_HADIR_is_for_today()
    {
        using var seeds = Seeds(Groups);
        await using var app = new BotApplication(seeds.Path);
        app.Clock.Advance(TimeSpan.FromDays(10)); // Monday 7/12, 10:00 WIB

        var hadir = await app.Twilio.SmsAsync(Sri, "sesuk aku teko");

        Assert.Equal("Terima kasih Ibu Sri. Untuk pertemuan KPB Mawar Senin 07/12 jam 15.00 tercatat: HADIR.", hadir.Reply);
    }

    [Fact]
    public async Task A_selapanan_group_meets_on_its_next_Kamis_Legi_and_a_monthly_one_on_its_day_of_the_month()
    {
        using var seeds = Seeds(Groups);
        await using var app = new BotApplication(seeds.Path);

        var selapanan = await app.Twilio.SmsAsync(Tri, "jadwal");
        var hadir = await app.Twilio.SmsAsync(Tri, "insyaAllah rawuh");
        var bulanan = await app.Twilio.SmsAsync(Wati, "rapat e kapan");

        // Thursday 3/12 is Kamis Wage; 1/10 + 70 days is Kamis Legi 10/12.
        Assert.Equal("Pertemuan KPB Melati berikutnya: Kamis 10/12 jam 14.00 di Balai Desa. Balas HADIR, IZIN atau SAKIT.", selapanan.Reply);
        Assert.Contains("KPB Melati Kamis 10/12 jam 14.00 tercatat: HADIR", hadir.Reply);
        Assert.Equal("Pertemuan KPB Kenanga berikutnya: Kamis 10/12 jam 09.00 di Mushola. Balas HADIR, IZIN atau SAKIT.", bulanan.Reply);
    }

    [Fact]
    public async Task An_import_lists_every_bad_cadence_as_file_line_reason_and_an_export_writes_the_cadences_back()
    {
        using var seeds = Seeds(Groups);
        await using var app = new BotApplication(seeds.Path);
        using var client = app.CreateClient();
        using var bad = new SeedFolder().With("groups.csv", Header,
            "ANGGREK,KPB Anggrek,Jetak,Rabu,09:30,Balai Desa,dwimingguan,",
            "DAHLIA,KPB Dahlia,Jetak,Jumat,13:30,Balai Desa,harian,",
            "TERATAI,KPB Teratai,Jetak,Kamis Legi,09:00,Balai Desa,selapanan,2026-12-03",
            "SEROJA,KPB Seroja,Jetak,Senin,09:00,Balai Desa,dwimingguan,2026-12-01",
            "WIJAYA,KPB Wijaya,Jetak,Senin,09:00,Balai Desa,bulanan,1/12/2026");

        var refused = await CommandRun.ImportAsync(app.Provider, app.ConnectionString, bad.Path, "--dry-run");
        var exported = await CommandRun.ExportAsync(app.Provider, app.ConnectionString, Path.Combine(bad.Path, "ekspor"));
        var again = await CommandRun.ImportAsync(app.Provider, app.ConnectionString, Path.Combine(bad.Path, "ekspor"), "--dry-run");

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("""
            groups.csv:2: first_meeting is empty: a dwimingguan group counts its meetings from its first one (yyyy-MM-dd)
            groups.csv:3: meeting_cadence 'harian' must be mingguan, dwimingguan, bulanan, selapanan (empty: mingguan)
            groups.csv:4: first_meeting 2026-12-03 is Kamis Wage, not Kamis Legi as meeting_day says
            groups.csv:5: first_meeting 2026-12-01 is a Selasa, not a Senin as meeting_day says
            groups.csv:6: first_meeting '1/12/2026' is not a date in the form yyyy-MM-dd
            5 bad line(s): nothing imported.

            """, refused.Errors);
        Assert.Equal(0, exported.ExitCode);
        Assert.Equal([
            Header,
            "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri,dwimingguan,2026-11-23",
            "MELATI,KPB Melati,Sumberejo,Kamis,14:00,Balai Desa,selapanan,2026-10-01",
            "KENANGA,KPB Kenanga,Sumberejo,Kamis,09:00,Mushola,bulanan,2026-08-10",
        ], File.ReadAllLines(Path.Combine(bad.Path, "ekspor", "groups.csv")));
        Assert.Contains("groups.csv: 0 added, 0 changed, 3 already there", again.Output);
    }
}
