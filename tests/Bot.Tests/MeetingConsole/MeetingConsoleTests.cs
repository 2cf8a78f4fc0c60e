using System.Net;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.People;
using Pkkpm.Bot.Tests.PeopleConsole;
using Pkkpm.Conversations.Sms;
using static Pkkpm.Bot.Tests.PeopleConsole.ConsoleSeeds;

namespace Pkkpm.Bot.Tests.MeetingConsole;

/// <summary>
/// /console/rapat: RAPAT and RAPAT SEMUA as a form. The chat's summary first (nothing changes), then
/// "Ya" records the meetings, their reminders and notices as the chat's YA does, called by the
/// signed-in pendamping; a member's JADWAL shows the meeting. Anyone but a pendamping or an admin
/// gets the 404 a missing page gets.
/// </summary>
public class MeetingConsoleTests
{
    private const string Form = "/console/rapat", Sri = "+6281211110001", Tri = "+6281211110010";

    // The clock starts Friday 27/11/2026 10.00 WIB: Saturday 28/11 comes before both groups' routine meetings (JADWAL shows the first).
    private static Dictionary<string, string> Saturday(string group, string place = "Balai Desa") =>
        new() { ["Kelompok"] = group, ["Tanggal"] = "2026-11-28", ["Jam"] = "15:00", ["Tempat"] = place };

    [Fact]
    public async Task A_pendamping_calls_a_meeting_for_one_group_and_JADWAL_shows_it()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        var before = await app.SnapshotAsync();

        var form = await browser.PageAsync(Form);
        var summary = await browser.ProposeAsync(Form, Saturday("MAWAR"));
        Assert.Equal(before, await app.SnapshotAsync());
        var saved = await browser.ConfirmAsync(Form, summary.Page);

        Assert.Contains("<label for=\"tanggal\">Tanggal</label>", form);
        Assert.Contains("Semua kelompok", form);
        Assert.Equal("Rapat KPB Mawar Sabtu 28/11 jam 15.00 di Balai Desa: undangan ke 4 anggota, pengingat Jumat jam 16.00.",
            PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Matches(@"^Undangan rapat KPB Mawar dikirim ke 4 anggota\. .* Cek: STATUS U\d+\.$", PeopleForms.Shown(saved.Page, "hasil"));
        Assert.Equal("Undangan rapat KPB Mawar: Sabtu 28/11 jam 15.00 di Balai Desa. Balas HADIR, IZIN atau SAKIT. -Rina (pendamping)",
            Assert.Single(await app.OutboxAsync(Sri)).Body);
        Assert.Empty(await app.OutboxAsync(Tri));
        await using var connection = app.OpenDatabase();
        // From no message: the meeting and its notice say console and who called them, and no stand-in message is made.
        var meeting = await connection.QuerySingleAsync<(string Place, string By, string Source, string? Sid)>("""
            select m.place, p.phone, m.source, m.source_message_sid from meetings m join people p on p.id = m.scheduled_by_person_id
            """);
        Assert.Equal(("Balai Desa", Rina, "console", (string?)null), meeting);
        var notice = await connection.QuerySingleAsync<(string By, string Source, string? Sid)>("""
            select p.phone, b.source, b.source_message_sid from broadcasts b join people p on p.id = b.sent_by_person_id
            """);
        Assert.Equal((Rina, "console", (string?)null), notice);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from inbound_messages"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from scheduled_jobs where kind = 'meeting-reminder'"));
        var jadwal = await app.Twilio.SmsAsync(Sri, "jadwal");
        Assert.Equal("Pertemuan KPB Mawar berikutnya: Sabtu 28/11 jam 15.00 di Balai Desa. Balas HADIR, IZIN atau SAKIT.", jadwal.Reply);
        Assert.True(SmsLength.FitsOneSegment(jadwal.Reply));
    }

    [Fact]
    public async Task A_meeting_called_with_its_pasaran_says_it_in_the_summary_the_invitation_and_JADWAL()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        var fields = Saturday("MAWAR");
        fields["SebutPasaran"] = "true";

        var form = await browser.PageAsync(Form);
        var summary = await browser.ProposeAsync(Form, fields);
        await browser.ConfirmAsync(Form, summary.Page);

        // Saturday 28 November 2026 is Wage: 17 August 1945 was Jumat Legi, and 29,688 days later is 3 on from Legi (Pahing, Pon, Wage).
        Assert.Contains("<input id=\"pasaran\" name=\"SebutPasaran\" type=\"checkbox\"", form);
        Assert.Contains("Sabtu Wage 28/11 jam 15.00", PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.Contains("Sabtu Wage 28/11 jam 15.00 di Balai Desa", Assert.Single(await app.OutboxAsync(Sri)).Body);
        await using var connection = app.OpenDatabase();
        Assert.Equal("Wage", await connection.ExecuteScalarAsync<string>("select pasaran from meetings"));
        Assert.Contains("Sabtu Wage 28/11", (await app.Twilio.SmsAsync(Sri, "jadwal")).Reply);
    }

    [Fact]
    public async Task A_pendamping_calls_a_meeting_for_all_her_groups_each_at_its_own_place()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);

        var summary = await browser.ProposeAsync(Form, Saturday("SEMUA", place: ""));
        var saved = await browser.ConfirmAsync(Form, summary.Page);

        Assert.Equal("Rapat 2 kelompok (MAWAR, MELATI): Sabtu 28/11 jam 15.00 di tempat masing-masing, undangan ke 5 anggota, pengingat Jumat jam 16.00.",
            PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.StartsWith("Undangan rapat dikirim ke 2 kelompok, 5 anggota.", PeopleForms.Shown(saved.Page, "hasil"));
        Assert.Contains("di Rumah Bu Sri.", Assert.Single(await app.OutboxAsync(Sri)).Body);
        Assert.Contains("di Balai Desa.", Assert.Single(await app.OutboxAsync(Tri)).Body);
        Assert.Equal(5, (await app.OutboxAsync()).Count(r => r.Kind == "meeting"));
        Assert.Equal("Pertemuan KPB Melati berikutnya: Sabtu 28/11 jam 15.00 di Balai Desa. Balas HADIR, IZIN atau SAKIT.", (await app.Twilio.SmsAsync(Tri, "jadwal")).Reply);
        await using var connection = app.OpenDatabase();
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("select count(*) from meetings where source = 'console' and source_message_sid is null"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("select count(*) from broadcasts where source = 'console' and source_message_sid is null"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("select count(*) from scheduled_jobs where kind = 'meeting-reminder'"));
    }

    [Fact]
    public async Task A_meeting_called_by_chat_still_names_its_message()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Rina, "RAPAT MAWAR Sabtu 15.00 Balai Desa");
        await app.Twilio.WhatsAppAsync(Rina, "ya");

        await using var connection = app.OpenDatabase();
        var rows = (await connection.QueryAsync<(string Source, string Channel)>("""
            select m.source, i.channel from meetings m join inbound_messages i on i.sid = m.source_message_sid
            union all
            select b.source, i.channel from broadcasts b join inbound_messages i on i.sid = b.source_message_sid
            """)).ToList();
        Assert.Equal([("whatsapp", "whatsapp"), ("whatsapp", "whatsapp")], rows);
    }

    [Fact]
    public async Task A_date_in_the_past_is_refused_with_the_chats_reason_and_nothing_changes()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        var before = await app.SnapshotAsync();

        var refused = await browser.ProposeAsync(Form, new() { ["Kelompok"] = "MAWAR", ["Tanggal"] = "2026-11-26", ["Jam"] = "15:00", ["Tempat"] = "" });
        var forged = await browser.PostWithTokenAsync(Form + "?handler=Simpan", new()
        {
            ["Kelompok"] = "MAWAR", ["Tanggal"] = "2026-11-26", ["Jam"] = "15:00", ["Ringkasan"] = "Rapat KPB Mawar Kamis 26/11 jam 15.00 di Rumah Bu Sri: undangan ke 3 anggota.",
        });

        Assert.Equal("Ibu Rina, waktu itu sudah lewat. Tulis hari dan jam yang akan datang.", PeopleForms.Shown(refused.Page, "alasan"));
        Assert.Equal("Ibu Rina, waktu itu sudah lewat. Tulis hari dan jam yang akan datang.", PeopleForms.Shown(forged.Page, "alasan"));
        Assert.Equal(before, await app.SnapshotAsync());
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.Kind != "sign-in-code");
        await using var connection = app.OpenDatabase();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from meetings"));
    }

    [Theory]
    [InlineData(Andi, "MAWAR")] // pendamping of DAHLIA only: another's group
    [InlineData(Wulan, "MAWAR")] // pemantau
    [InlineData("+6281211110003", "MAWAR")] // Endang, bendahara of MAWAR
    [InlineData("+6281211110011", "DAHLIA")] // Sukarni, ketua of DAHLIA (she calls hers by chat)
    [InlineData(Rina, "DAHLIA")] // a pendamping, another's group
    [InlineData(Dewi, "SEMUA")] // an admin accompanies no groups
    public async Task Anyone_else_gets_404_GET_and_POST_and_nothing_changes(string phone, string group)
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, phone);
        var before = await app.SnapshotAsync();
        var notFound = await (await browser.Client.GetAsync("/console/kpb/TIDAKADA")).Content.ReadAsStringAsync();

        var get = await browser.Client.GetAsync($"{Form}?kelompok={group}");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(notFound, await get.Content.ReadAsStringAsync());
        foreach (var handler in new[] { "", "?handler=Simpan", "?handler=Ubah" })
        {
            var fields = Saturday(group);
            fields["Ringkasan"] = "Rapat KPB Mawar Sabtu 28/11 jam 15.00 di Balai Desa: undangan ke 3 anggota, pengingat Jumat jam 16.00.";
            var post = await browser.PostWithTokenAsync(Form + handler, fields);
            Assert.True(post.Status == HttpStatusCode.NotFound, $"POST {handler}: {post.Status}");
        }
        Assert.Equal(before, await app.SnapshotAsync());
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.Kind != "sign-in-code");
    }

    [Fact]
    public async Task An_admin_calls_any_groups_meeting_signed_with_her_name()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Dewi);

        var form = await browser.PageAsync(Form);
        var summary = await browser.ProposeAsync(Form, Saturday("DAHLIA"));
        var saved = await browser.ConfirmAsync(Form, summary.Page);

        Assert.DoesNotContain("Semua kelompok", form);
        Assert.StartsWith("Rapat KPB Dahlia Sabtu 28/11 jam 15.00 di Balai Desa: undangan ke", PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.StartsWith("Undangan rapat KPB Dahlia dikirim ke", PeopleForms.Shown(saved.Page, "hasil"));
        Assert.EndsWith("-Dewi (admin)", Assert.Single(await app.OutboxAsync("+6281211110011")).Body);
    }
}
