using System.Net;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.People;
using Pkkpm.Bot.Tests.PeopleConsole;
using Pkkpm.Conversations.Sms;
using static Pkkpm.Bot.Tests.PeopleConsole.ConsoleSeeds;

namespace Pkkpm.Bot.Tests.LoanConsole;

/// <summary>
/// CAIR as a console form (/console/anggota/{id}/pinjaman-baru), signed in as the pendamping: the
/// chat's summary, then on "Ya" the loan recorded as hers from the console, the chat's schedule SMS in
/// the outbox, and the loan on the member's page and in her SALDO.
/// </summary>
public class LoanConsoleTests
{
    private const string Sri = "+6281211110001", Slamet = "+6281211110002";

    [Fact]
    public async Task A_pendamping_disburses_in_the_console_and_the_member_page_SALDO_and_outbox_show_it()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        var form = Form(await MemberIdAsync(app, Slamet));
        var before = await app.SnapshotAsync();

        var empty = await browser.PageAsync(form);
        var summary = await browser.ProposeAsync(form, new() { ["Jumlah"] = "2.000.000", ["Kali"] = "50", ["Frekuensi"] = "mingguan", ["Angsuran"] = "" });
        Assert.Equal(before, await app.SnapshotAsync());
        var saved = await browser.ConfirmAsync(form, summary.Page);
        var memberPage = await browser.PageAsync(form.Replace("/pinjaman-baru", ""));
        var saldo = await app.Twilio.SmsAsync(Slamet, "saldo");

        Assert.Contains("<label for=\"jumlah\">", empty);
        Assert.Contains("<label for=\"kali\">", empty);
        Assert.Contains("<label for=\"frekuensi\">", empty);
        Assert.Contains("<label for=\"angsuran\">", empty);
        Assert.Equal("Cair ke Bapak Slamet Riyadi (KPB Mawar): pinjaman Rp2.000.000, jasa 1,5%/bln Rp345.205. " +
                     "Angsuran Rp47.000 x 50 mingguan (dibulatkan ke atas ke Rp500), pertama 04/12/26. Total dikembalikan Rp2.350.000.",
            PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Equal("Pinjaman Bapak Slamet Rp2.000.000 tercatat. Jadwal angsuran dikirim ke Bapak Slamet.", PeopleForms.Shown(saved.Page, "hasil"));
        Assert.Contains("<td>Rp47.000 x 50 mingguan</td>", memberPage);
        Assert.Contains("<td class=\"num\">Rp2.350.000</td>", memberPage);
        Assert.Equal("Bapak Slamet (KPB Mawar): tabungan Rp10.000. Sisa pinjaman Rp2.350.000, angsuran berikut Rp47.000 tgl 04/12.", saldo.Reply);
        var schedule = Assert.Single(await app.OutboxAsync(Slamet));
        Assert.Equal("Bapak Slamet, pinjaman Rp2.000.000 dari KPB Mawar cair 27/11/26. Angsuran Rp47.000 x 50 mingguan, 04/12/26 s/d 12/11/27. Total Rp2.350.000. -Rina",
            schedule.Body);
        Assert.Equal("receipt", schedule.Kind);
        Assert.True(SmsLength.IsGsm7(schedule.Body) && SmsLength.FitsOneSegment(schedule.Body));
        await using var connection = app.OpenDatabase();
        var loan = await connection.QuerySingleAsync<(string Source, string? Sid, string RecordedBy)>("""
            select l.source, l.source_message_sid, p.phone from loans l join people p on p.id = l.recorded_by_person_id
             where l.person_id = (select id from people where phone = @Slamet)
            """, new { Slamet });
        Assert.Equal(("console", (string?)null, Rina), loan);
    }

    [Fact]
    public async Task A_member_with_a_running_loan_is_refused_with_the_chats_reason_and_nothing_changes()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        var form = Form(await MemberIdAsync(app, Sri));
        var before = await app.SnapshotAsync();

        var refused = await browser.ProposeAsync(form, new() { ["Jumlah"] = "2jt", ["Kali"] = "50", ["Frekuensi"] = "mingguan" });
        var chat = await app.Twilio.SmsAsync(Rina, "CAIR Sri Wahyuni 2jt 50x mingguan");

        Assert.Equal(chat.Reply, PeopleForms.Shown(refused.Page, "alasan"));
        Assert.StartsWith("Ibu Sri masih punya sisa pinjaman Rp750.000.", chat.Reply);
        Assert.Null(PeopleForms.Shown(refused.Page, "ringkasan"));
        Assert.Contains("value=\"2jt\"", refused.Page); // the form again, as typed
        Assert.Equal(before, await app.SnapshotAsync());
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.Kind != "sign-in-code");
    }

    [Fact]
    public async Task A_loan_recorded_by_chat_after_the_summary_is_refused_on_Ya()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        var form = Form(await MemberIdAsync(app, Slamet));

        var summary = await browser.ProposeAsync(form, new() { ["Jumlah"] = "1jt", ["Kali"] = "10", ["Frekuensi"] = "bulanan" });
        await app.Twilio.SmsAsync(Rina, "CAIR Slamet 2jt 50x mingguan");
        await app.Twilio.SmsAsync(Rina, "ya");
        var saved = await browser.ConfirmAsync(form, summary.Page);

        Assert.StartsWith("Bapak Slamet masih punya sisa pinjaman Rp2.350.000.", PeopleForms.Shown(saved.Page, "alasan"));
        Assert.Null(PeopleForms.Shown(saved.Page, "hasil"));
        Assert.Single(await app.OutboxAsync(Slamet)); // the chat's schedule only
    }

    [Theory]
    [InlineData(Andi)] // pendamping of DAHLIA only
    [InlineData(Wulan)] // pemantau of Sumberejo: sees Slamet's page, records nothing
    [InlineData("+6281211110003")] // Endang, bendahara of MAWAR
    public async Task Anyone_but_the_groups_pendamping_or_an_admin_gets_404_GET_and_POST(string phone)
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, phone);
        var form = Form(await MemberIdAsync(app, Slamet));
        var before = await app.SnapshotAsync();
        var notFound = await (await browser.Client.GetAsync("/console/anggota/999999/pinjaman-baru")).Content.ReadAsStringAsync();
        var summary = "Cair ke Bapak Slamet Riyadi (KPB Mawar): pinjaman Rp2.000.000, jasa 1,5%/bln Rp345.205.";

        var get = await browser.Client.GetAsync(form);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(notFound, await get.Content.ReadAsStringAsync());
        foreach (var handler in new[] { "", "?handler=Simpan", "?handler=Ubah" })
        {
            var post = await browser.PostWithTokenAsync(form + handler,
                new() { ["Jumlah"] = "2jt", ["Kali"] = "50", ["Frekuensi"] = "mingguan", ["Ringkasan"] = summary });
            Assert.True(post.Status == HttpStatusCode.NotFound, $"POST {handler}: {post.Status}");
        }
        Assert.Equal(before, await app.SnapshotAsync());
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.Kind != "sign-in-code");
        using var dewi = await PeopleConsoleTests.SignedInAsync(app, Dewi); // the same address is there for an admin
        Assert.Equal(HttpStatusCode.OK, (await dewi.Client.GetAsync(form)).StatusCode);
    }

    [Fact]
    public async Task The_member_page_offers_the_form_only_to_whoever_may_use_it()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var rina = await PeopleConsoleTests.SignedInAsync(app, Rina);
        using var wulan = await PeopleConsoleTests.SignedInAsync(app, Wulan);
        var id = await MemberIdAsync(app, Sri);

        var hers = await rina.PageAsync($"/console/anggota/{id}");
        var pemantau = await wulan.PageAsync($"/console/anggota/{id}");

        Assert.Contains($"href=\"/console/anggota/{id}/pinjaman-baru\"", hers);
        Assert.DoesNotContain("pinjaman-baru", pemantau);
        Assert.Contains("<td>Rp50.000 x 20 mingguan</td>", pemantau); // her seeded loan, read-only
    }

    private static string Form(long id) => $"/console/anggota/{id}/pinjaman-baru";

    private static async Task<long> MemberIdAsync(BotApplication app, string phone)
    {
        await using var connection = app.OpenDatabase();
        return await connection.QuerySingleAsync<long>("select id from people where phone = @Phone", new { Phone = phone });
    }
}
