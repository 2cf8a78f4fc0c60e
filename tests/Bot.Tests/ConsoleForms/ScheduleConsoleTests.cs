using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.PeopleConsole;
using static Pkkpm.Bot.Tests.PeopleConsole.ConsoleSeeds;

namespace Pkkpm.Bot.Tests.ConsoleForms;

/// <summary>
/// A KPB's meeting schedule set in the console (/console/kpb/{kode}/jadwal), signed in as the group's
/// pendamping. The clock is Friday 27 November 2026; MAWAR meets every Monday at 15:00 (next 30/11).
/// </summary>
public class ScheduleConsoleTests
{
    private const string Form = "/console/kpb/MAWAR/jadwal", Slamet = "+6281211110002", Endang = "+6281211110003";

    private static Dictionary<string, string> Fortnightly() => new()
    {
        ["Kekerapan"] = "dwimingguan", ["Hari"] = "Senin", ["Jam"] = "15:30", ["Tempat"] = "Balai Desa", ["Mulai"] = "2026-11-23",
    };

    [Fact]
    public async Task A_fortnightly_schedule_set_in_the_console_is_what_JADWAL_and_the_meetings_due_follow()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        const string November = "/console/kpb/MAWAR?periode=pilih&dari=2026-11-01&sampai=2026-11-30";
        var dueBefore = Due(await browser.PageAsync(November));
        var before = await app.FormsSnapshotAsync();

        var form = await browser.PageAsync(Form);
        var summary = await browser.ProposeAsync(Form, Fortnightly());
        Assert.Equal(before, await app.FormsSnapshotAsync());
        var saved = await browser.ConfirmAsync(Form, summary.Page);
        var jadwal = await app.Twilio.SmsAsync(Slamet, "jadwal");
        var kpb = await browser.PageAsync(November);

        Assert.Contains("<option value=\"mingguan\" selected=\"selected\">", form); // the form starts from the schedule as it is
        Assert.Contains("value=\"Rumah Bu Sri\"", form);
        Assert.Equal("Jadwal KPB Mawar menjadi: dwimingguan (tiap 14 hari) mulai Senin 23/11/2026, jam 15.30 di Balai Desa. Pertemuan berikutnya: Senin 07/12/2026. 4 anggota akan diberi tahu lewat SMS.",
            PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.Equal("Jadwal KPB Mawar tersimpan. Pertemuan berikutnya: Senin 07/12/2026. 4 anggota diberi tahu lewat SMS.", PeopleForms.Shown(saved.Page, "hasil"));
        Assert.Equal("Pertemuan KPB Mawar berikutnya: Senin 07/12 jam 15.30 di Balai Desa. Balas HADIR, IZIN atau SAKIT.", jadwal.Reply);
        Assert.Contains("Pertemuan rutin berikutnya: Senin 07/12/2026.", PeopleForms.Shown(kpb, "jadwal"));
        Assert.StartsWith("0 dari 5 ", dueBefore); // Mondays 2, 9, 16, 23 and 30 November
        Assert.StartsWith("0 dari 1 ", Due(kpb)); // 23 November only, counted from the first meeting
        await using var connection = app.OpenDatabase();
        var logged = await connection.QuerySingleAsync<(string Old, string Cadence, string Source, string By)>("""
            select c.old_schedule, c.meeting_cadence, c.source, p.phone from meeting_schedule_changes c join people p on p.id = c.recorded_by_person_id
            """);
        Assert.Equal(("mingguan, tiap Senin, jam 15.00 di Rumah Bu Sri", "dwimingguan", "console", Rina), logged);
        Assert.Equal(4, (await app.OutboxAsync()).Count(m => m.Kind == "meeting")); // the members are told (ScheduleNoticeTests)
    }

    [Fact]
    public async Task A_selapanan_schedule_shows_the_pasaran_its_first_meeting_falls_on()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);

        var summary = await browser.ProposeAsync(Form, new()
        {
            ["Kekerapan"] = "selapanan", ["Hari"] = "Kamis", ["Jam"] = "14:00", ["Tempat"] = "Balai Desa", ["Mulai"] = "2026-10-01",
        });
        await browser.ConfirmAsync(Form, summary.Page);
        var jadwal = await app.Twilio.SmsAsync(Slamet, "kapan kumpul");

        // 1/10/2026 is Kamis Legi; 70 days on is Kamis Legi 10/12 (3/12 is Kamis Wage).
        Assert.Equal("Jadwal KPB Mawar menjadi: selapanan (tiap 35 hari, Kamis Legi) mulai 01/10/2026, jam 14.00 di Balai Desa. Pertemuan berikutnya: Kamis 10/12/2026. 4 anggota akan diberi tahu lewat SMS.",
            PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.Equal("Pertemuan KPB Mawar berikutnya: Kamis 10/12 jam 14.00 di Balai Desa. Balas HADIR, IZIN atau SAKIT.", jadwal.Reply);
    }

    [Theory]
    [InlineData("dwimingguan", "Senin", "15:00", "Balai Desa", "", "Kelompok dwimingguan menghitung pertemuannya dari pertemuan pertama: isi tanggalnya.")]
    [InlineData("selapanan", "Senin", "15:00", "Balai Desa", "2026-12-03", "Pertemuan pertama 03/12/2026 jatuh hari Kamis, bukan Senin. Samakan hari dan tanggalnya.")]
    [InlineData("tiap hari", "Senin", "15:00", "Balai Desa", "", "Pilih kekerapan pertemuan: mingguan, dwimingguan, bulanan, selapanan.")]
    [InlineData("mingguan", "Besok", "15:00", "Balai Desa", "", "Pilih hari pertemuan: Senin sampai Minggu.")]
    [InlineData("mingguan", "Senin", "25:00", "Balai Desa", "", "Jam pertemuan ditulis jam:menit, misalnya 15:00.")]
    [InlineData("mingguan", "Senin", "15:00", "Balai Desa 🏠", "", "Tempat memuat \"🏠\", yang tidak tampil di HP biasa. Tulis dengan huruf biasa.")]
    [InlineData("mingguan", "Senin", "15:00", "", "", "Isi kekerapan, hari, jam dan tempat pertemuan.")]
    public async Task Bad_input_is_refused_in_Indonesian_and_nothing_changes(string cadence, string day, string time, string place, string first, string reason)
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        var before = await app.FormsSnapshotAsync();
        var fields = new Dictionary<string, string> { ["Kekerapan"] = cadence, ["Hari"] = day, ["Jam"] = time, ["Tempat"] = place, ["Mulai"] = first };

        var refused = await browser.ProposeAsync(Form, fields);
        fields["Ringkasan"] = "Jadwal KPB Mawar menjadi: mingguan.";
        var saved = await browser.PostWithTokenAsync(Form + "?handler=Simpan", fields);

        Assert.Equal(reason, PeopleForms.Shown(refused.Page, "alasan"));
        Assert.Null(PeopleForms.Shown(refused.Page, "ringkasan"));
        Assert.Equal(reason, PeopleForms.Shown(saved.Page, "alasan"));
        Assert.Equal(before, await app.FormsSnapshotAsync());
        Assert.Equal("Pertemuan KPB Mawar berikutnya: Senin 30/11 jam 15.00 di Rumah Bu Sri. Balas HADIR, IZIN atau SAKIT.",
            (await app.Twilio.SmsAsync(Slamet, "jadwal")).Reply);
        await using var connection = app.OpenDatabase();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from meeting_schedule_changes"));
    }

    [Theory]
    [InlineData(Andi)] // pendamping of DAHLIA only
    [InlineData(Wulan)] // pemantau of Sumberejo: reads MAWAR's page, changes nothing
    [InlineData(Endang)] // bendahara of MAWAR
    public async Task Anyone_but_the_groups_pendamping_or_an_admin_gets_404_GET_and_POST(string phone)
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, phone);
        var before = await app.FormsSnapshotAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync(Form)).StatusCode);
        foreach (var handler in new[] { "", "?handler=Simpan", "?handler=Ubah" })
        {
            var fields = Fortnightly();
            fields["Ringkasan"] = "Jadwal KPB Mawar menjadi: dwimingguan (tiap 14 hari) mulai Senin 23/11/2026, jam 15.30 di Balai Desa. Pertemuan berikutnya: Senin 07/12/2026.";
            var post = await browser.PostWithTokenAsync(Form + handler, fields);
            Assert.True(post.Status == HttpStatusCode.NotFound, $"POST {handler}: {post.Status}");
        }
        Assert.Equal(before, await app.FormsSnapshotAsync());
        using var dewi = await PeopleConsoleTests.SignedInAsync(app, Dewi);
        Assert.Equal(HttpStatusCode.OK, (await dewi.Client.GetAsync(Form)).StatusCode);
    }

    [Fact]
    public async Task The_KPB_page_links_the_form_only_for_whoever_may_use_it_and_shows_everyone_the_schedule()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var rina = await PeopleConsoleTests.SignedInAsync(app, Rina);
        using var dewi = await PeopleConsoleTests.SignedInAsync(app, Dewi);
        using var wulan = await PeopleConsoleTests.SignedInAsync(app, Wulan);

        var hers = await rina.PageAsync("/console/kpb/MAWAR");
        var admins = await dewi.PageAsync("/console/kpb/DAHLIA");
        var pemantau = await wulan.PageAsync("/console/kpb/MAWAR");

        Assert.Contains("href=\"/console/kpb/MAWAR/jadwal\"", hers);
        Assert.Contains("href=\"/console/kpb/DAHLIA/jadwal\"", admins);
        Assert.DoesNotContain("/jadwal", pemantau);
        Assert.Equal("Jadwal: mingguan, tiap Senin, jam 15.00 di Rumah Bu Sri. Pertemuan rutin berikutnya: Senin 30/11/2026.", PeopleForms.Shown(pemantau, "jadwal"));
        Assert.Equal(HttpStatusCode.NotFound, (await rina.Client.GetAsync("/console/kpb/DAHLIA/jadwal")).StatusCode);
    }

    [Fact]
    public async Task A_save_without_the_antiforgery_token_is_refused_and_nothing_changes()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        var before = await app.FormsSnapshotAsync();
        var fields = Fortnightly();
        fields["Ringkasan"] = "Jadwal KPB Mawar menjadi: dwimingguan (tiap 14 hari) mulai Senin 23/11/2026, jam 15.30 di Balai Desa. Pertemuan berikutnya: Senin 07/12/2026.";

        var post = await browser.Client.PostAsync(Form + "?handler=Simpan", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(before, await app.FormsSnapshotAsync());
        await using var connection = app.OpenDatabase();
        Assert.Equal("mingguan", await connection.ExecuteScalarAsync<string>("select meeting_cadence from groups where code = 'MAWAR'"));
    }

    private static string? Due(string page) =>
        Regex.Match(page, "id=\"angka-pertemuan\">(?<text>[^<]*)<") is { Success: true } m ? m.Groups["text"].Value.Trim() : null;
}
