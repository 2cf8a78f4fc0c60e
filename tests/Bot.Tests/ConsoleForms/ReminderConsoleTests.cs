using System.Net;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.PeopleConsole;
using Pkkpm.Conversations.Sms;
using static Pkkpm.Bot.Tests.PeopleConsole.ConsoleSeeds;

namespace Pkkpm.Bot.Tests.ConsoleForms;

/// <summary>
/// The weekly arrears reminder (INGATKAN) in the console (/console/anggota/{id}/pengingat): switched on
/// at the member's request or off by her group's pendamping or an admin, recorded as the chat records
/// it, with who and 'console'; the member is told in one SMS.
/// </summary>
public class ReminderConsoleTests
{
    private const string Sri = "+6281211110001", Slamet = "+6281211110002", Endang = "+6281211110003";

    private static string Form(long id) => $"/console/anggota/{id}/pengingat";

    [Fact]
    public async Task A_pendamping_switches_it_on_at_her_request_and_off_and_she_is_told_each_time()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        var id = await app.PersonIdAsync(Sri);

        var off = await browser.PageAsync($"/console/anggota/{id}");
        var on = await browser.PostWithTokenAsync(Form(id) + "?handler=Nyalakan", new() { ["AtasPermintaan"] = "true" });
        var memberPage = await browser.PageAsync($"/console/anggota/{id}");
        var onMessage = Assert.Single(await app.OutboxAsync(Sri));
        var stopped = await browser.PostWithTokenAsync(Form(id) + "?handler=Matikan", []);

        Assert.StartsWith("Tidak aktif.", PeopleForms.Shown(off, "status-pengingat")!.Trim());
        Assert.Contains($"href=\"/console/anggota/{id}/pengingat\"", off);
        Assert.Equal("Pengingat angsuran Ibu Sri dinyalakan. Ibu Sri diberi tahu lewat SMS.", PeopleForms.Shown(on.Page, "hasil"));
        Assert.StartsWith("Aktif (INGATKAN)", PeopleForms.Shown(memberPage, "status-pengingat")!.Trim());
        Assert.Equal("Ibu Sri, sesuai permintaan Ibu, pengingat angsuran dinyalakan oleh Bu Rina: bila ada tunggakan, kami ingatkan tiap Senin pagi. " +
                     "Berhenti: balas INGATKAN BERHENTI", onMessage.Body);
        Assert.Equal("Pengingat angsuran Ibu Sri dimatikan. Ibu Sri diberi tahu lewat SMS.", PeopleForms.Shown(stopped.Page, "hasil"));
        var messages = await app.OutboxAsync(Sri);
        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.Body == "Ibu Sri, pengingat angsuran dimatikan oleh Bu Rina; tidak ada lagi pengingat tunggakan tiap Senin. Menyalakan lagi: balas INGATKAN");
        Assert.All(messages, m => Assert.True(SmsLength.IsGsm7(m.Body) && SmsLength.FitsOneSegment(m.Body), m.Body));
        Assert.All(messages, m => Assert.Equal("people", m.Kind));
        await using var connection = app.OpenDatabase();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from arrears_reminders"));
        var changes = (await connection.QueryAsync<(long Wanted, string Source, string? Sid, string By)>("""
            select cast(case when c.wanted then 1 else 0 end as bigint), c.source, c.source_message_sid, p.phone from arrears_reminder_changes c join people p on p.id = c.recorded_by_person_id order by c.id
            """)).ToList();
        Assert.Equal([(1L, "console", (string?)null, Rina), (0L, "console", (string?)null, Rina)], changes);
    }

    [Fact]
    public async Task Switched_on_in_the_console_she_gets_the_Monday_reminder_state_and_can_stop_it_by_chat()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Dewi); // an admin, for any group
        var id = await app.PersonIdAsync(Sri);

        await browser.PostWithTokenAsync(Form(id) + "?handler=Nyalakan", new() { ["AtasPermintaan"] = "true" });
        var again = await app.Twilio.SmsAsync(Sri, "INGATKAN");
        var stop = await app.Twilio.SmsAsync(Sri, "ingatkan berhenti");

        Assert.StartsWith("Ibu Sri sudah terdaftar pengingat angsuran.", again.Reply);
        Assert.StartsWith("Baik Ibu Sri, pengingat angsuran dihentikan.", stop.Reply);
        await using var connection = app.OpenDatabase();
        var changes = (await connection.QueryAsync<(long Wanted, string Source, long HasSid, string By)>("""
            select cast(case when c.wanted then 1 else 0 end as bigint), c.source, cast(case when c.source_message_sid is not null then 1 else 0 end as bigint), p.phone from arrears_reminder_changes c join people p on p.id = c.recorded_by_person_id order by c.id
            """)).ToList();
        Assert.Equal([(1L, "console", 0L, Dewi), (0L, "sms", 1L, Sri)], changes);
    }

    [Fact]
    public async Task Switching_on_without_her_request_confirmed_or_twice_is_refused_and_nothing_changes()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        var id = await app.PersonIdAsync(Slamet);
        var before = await app.FormsSnapshotAsync();

        var unconfirmed = await browser.PostWithTokenAsync(Form(id) + "?handler=Nyalakan", []);
        var notOn = await browser.PostWithTokenAsync(Form(id) + "?handler=Matikan", []);

        Assert.Equal("Centang \"atas permintaan anggota\": pengingat dinyalakan hanya bila anggota memintanya. Tidak ada yang diubah.",
            PeopleForms.Shown(unconfirmed.Page, "alasan"));
        Assert.Equal("Pengingat angsuran Bapak Slamet memang tidak aktif. Tidak ada yang diubah.", PeopleForms.Shown(notOn.Page, "alasan"));
        Assert.Equal(before, await app.FormsSnapshotAsync());
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.Kind != "sign-in-code");
    }

    [Theory]
    [InlineData(Andi)] // pendamping of DAHLIA only
    [InlineData(Wulan)] // pemantau of Sumberejo: sees the member's page, switches nothing
    [InlineData(Endang)] // bendahara of MAWAR
    public async Task Anyone_but_the_groups_pendamping_or_an_admin_gets_404_GET_and_POST(string phone)
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, phone);
        var id = await app.PersonIdAsync(Slamet);
        var before = await app.FormsSnapshotAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync(Form(id))).StatusCode);
        foreach (var handler in new[] { "?handler=Nyalakan", "?handler=Matikan" })
        {
            var post = await browser.PostWithTokenAsync(Form(id) + handler, new() { ["AtasPermintaan"] = "true" });
            Assert.True(post.Status == HttpStatusCode.NotFound, $"POST {handler}: {post.Status}");
        }
        Assert.Equal(before, await app.FormsSnapshotAsync());
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.Kind != "sign-in-code");
    }

    [Fact]
    public async Task A_pemantau_reads_whether_she_gets_it_without_the_way_to_change_it()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var id = await app.PersonIdAsync(Sri);
        await app.Twilio.SmsAsync(Sri, "ingatkan");
        using var wulan = await PeopleConsoleTests.SignedInAsync(app, Wulan);

        var page = await wulan.PageAsync($"/console/anggota/{id}");

        Assert.StartsWith("Aktif (INGATKAN)", PeopleForms.Shown(page, "status-pengingat")!.Trim());
        Assert.DoesNotContain("/pengingat", page);
    }

    [Fact]
    public async Task A_switch_without_the_antiforgery_token_is_refused_and_nothing_changes()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        var id = await app.PersonIdAsync(Sri);
        var before = await app.FormsSnapshotAsync();

        var post = await browser.Client.PostAsync(Form(id) + "?handler=Nyalakan",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["AtasPermintaan"] = "true" }));

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(before, await app.FormsSnapshotAsync());
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.Kind != "sign-in-code");
    }
}
