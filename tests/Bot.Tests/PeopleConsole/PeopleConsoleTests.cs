using System.Net;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.People;
using Pkkpm.Bot.Tests.SignIn;
using Pkkpm.Conversations.Sms;
using static Pkkpm.Bot.Tests.PeopleConsole.ConsoleSeeds;

namespace Pkkpm.Bot.Tests.PeopleConsole;

/// <summary>
/// The console's forms about people, signed in as the pendamping: a form, the chat's summary to
/// confirm (nothing changes yet), then saved with the chat's reply, the chat's SMS in the outbox and
/// the change recorded as hers, from the console.
/// </summary>
public class PeopleConsoleTests
{
    private const string Slamet = "+6281211110002", Endang = "+6281211110003", Rejeki = "+6281211110004", New = "+6281299990001";

    [Fact]
    public async Task A_pendamping_registers_a_member_she_appears_on_the_KPB_page_and_is_welcomed()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await SignedInAsync(app, Rina);
        var before = await app.SnapshotAsync();
        const string Form = "/console/kpb/MAWAR/anggota-baru";

        var form = await browser.PageAsync(Form);
        var summary = await browser.ProposeAsync(Form, new() { ["Nomor"] = "0812-9999-0001", ["Sapaan"] = "Ibu", ["Nama"] = "sri lestari" });
        Assert.Equal(before, await app.SnapshotAsync());
        var saved = await browser.ConfirmAsync(Form, summary.Page);
        var kpb = await browser.PageAsync("/console/kpb/MAWAR");

        Assert.Contains("<label for=\"nomor\">Nomor HP</label>", form);
        Assert.Contains("<label for=\"nama\">", form);
        Assert.Equal("Daftarkan Ibu Sri Lestari (0812-9999-0001) sebagai anggota KPB Mawar?", PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Equal("Tercatat: Ibu Sri Lestari anggota baru KPB Mawar. SMS selamat datang dikirim ke 0812-9999-0001.", PeopleForms.Shown(saved.Page, "hasil"));
        Assert.Contains(">Sri Lestari</a>", kpb);
        var welcome = Assert.Single(await app.OutboxAsync(New));
        Assert.Equal("Ibu Sri, ini SMS KPB Mawar, pendamping Bu Rina. Ketik SALDO: cek tabungan. Miskol nomor ini untuk cek saldo gratis. Bukti: Setoran Rp20.000, kode K7QA", welcome.Body);
        Assert.Equal("people", welcome.Kind);
        var change = await app.LastChangeAsync();
        Assert.Equal(("daftar", "console", Rina, (string?)null), (change.Kind, change.Source, change.RecordedBy, change.Sid));
        Assert.Contains("Rp0", (await app.Twilio.SmsAsync(New, "saldo")).Reply);
    }

    [Fact]
    public async Task A_pendamping_changes_a_number_and_both_numbers_are_told()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await SignedInAsync(app, Rina);
        const string Form = "/console/kpb/MAWAR/ganti-nomor", NewSlamet = "+6281322220002";

        var summary = await browser.ProposeAsync(Form, new() { ["Anggota"] = Slamet, ["NomorBaru"] = "0813 2222 0002" });
        var saved = await browser.ConfirmAsync(Form, summary.Page);

        Assert.Equal("Ganti nomor Pak Slamet (KPB Mawar) dari 0812-1111-0002 ke 0813-2222-0002? Tabungan, riwayat dan pesannya ikut pindah.",
            PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.Equal("Nomor Pak Slamet kini 0813-2222-0002. Nomor lama dan baru sudah diberi tahu.", PeopleForms.Shown(saved.Page, "hasil"));
        Assert.StartsWith("Bapak Slamet, nomor ini kini terdaftar untuk Bapak di SMS KPB Mawar (diganti Bu Rina (pendamping)).",
            Assert.Single(await app.OutboxAsync(NewSlamet)).Body);
        Assert.StartsWith("SMS KPB Mawar untuk Bapak Slamet pindah", Assert.Single(await app.OutboxAsync(Slamet)).Body);
        Assert.Contains("Rp10.000", (await app.Twilio.SmsAsync(NewSlamet, "saldo")).Reply);
        Assert.Equal(("ganti-nomor", "console", Rina), ((await app.LastChangeAsync()).Kind, (await app.LastChangeAsync()).Source, (await app.LastChangeAsync()).RecordedBy));
    }

    [Fact]
    public async Task A_member_without_savings_leaves_and_is_off_the_KPB_page()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await SignedInAsync(app, Rina);
        const string Form = "/console/kpb/MAWAR/keluar";

        var form = await browser.PageAsync(Form);
        var summary = await browser.ProposeAsync(Form, new() { ["Anggota"] = Rejeki });
        var saved = await browser.ConfirmAsync(Form, summary.Page);
        var kpb = await browser.PageAsync("/console/kpb/MAWAR");

        Assert.Contains($"<option value=\"{Rejeki}\">4. Sri Rejeki (0812-1111-0004)</option>", form);
        Assert.Equal("Bu Sri keluar dari KPB Mawar? Riwayatnya tetap tersimpan; ia tidak bisa lagi memakai layanan sebagai anggota.", PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.Equal("Bu Sri sudah keluar dari KPB Mawar. Riwayatnya tetap tersimpan.", PeopleForms.Shown(saved.Page, "hasil"));
        Assert.DoesNotContain("Sri Rejeki", kpb);
        var told = Assert.Single(await app.OutboxAsync(Rejeki));
        Assert.True(SmsLength.FitsOneSegment(told.Body), told.Body);
        Assert.Equal(("keluar", "console"), ((await app.LastChangeAsync()).Kind, (await app.LastChangeAsync()).Source));
    }

    [Fact]
    public async Task A_new_bendahara_is_named_and_both_are_told()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await SignedInAsync(app, Rina);
        const string Form = "/console/kpb/MAWAR/pengurus";

        var summary = await browser.ProposeAsync(Form, new() { ["Jabatan"] = "bendahara", ["Anggota"] = Rejeki });
        var saved = await browser.ConfirmAsync(Form, summary.Page);

        Assert.Equal("Jadikan Bu Sri bendahara KPB Mawar? Bu Endang menjadi anggota biasa.", PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.Equal("Bu Sri kini bendahara KPB Mawar. Bu Endang kini anggota. Semua sudah diberi tahu.", PeopleForms.Shown(saved.Page, "hasil"));
        Assert.StartsWith("Ibu Sri, Ibu kini bendahara KPB Mawar (ditunjuk Bu Rina (pendamping)).", Assert.Single(await app.OutboxAsync(Rejeki)).Body);
        Assert.StartsWith("Ibu Endang, tugas bendahara KPB Mawar kini dipegang Bu Sri.", Assert.Single(await app.OutboxAsync(Endang)).Body);
        Assert.Contains("Rp20.000", (await app.Twilio.SmsAsync(Rejeki, "SETOR Slamet 20rb")).Reply);
        await using var connection = app.OpenDatabase();
        Assert.Equal("anggota", await connection.ExecuteScalarAsync<string>("select role from people where phone = @Phone", new { Phone = Endang }));
    }

    [Fact]
    public async Task An_admin_registers_a_member_in_any_group()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await SignedInAsync(app, Dewi);
        const string Form = "/console/kpb/DAHLIA/anggota-baru";

        var summary = await browser.ProposeAsync(Form, new() { ["Nomor"] = "081299990001", ["Sapaan"] = "Bapak", ["Nama"] = "Joko Susilo" });
        var saved = await browser.ConfirmAsync(Form, summary.Page);

        Assert.Equal("Daftarkan Bapak Joko Susilo (0812-9999-0001) sebagai anggota KPB Dahlia?", PeopleForms.Shown(summary.Page, "ringkasan"));
        Assert.StartsWith("Tercatat: Bapak Joko Susilo anggota baru KPB Dahlia.", PeopleForms.Shown(saved.Page, "hasil"));
        Assert.StartsWith("Bapak Joko, ", Assert.Single(await app.OutboxAsync(New)).Body);
        Assert.Equal(("daftar", "console", Dewi), ((await app.LastChangeAsync()).Kind, (await app.LastChangeAsync()).Source, (await app.LastChangeAsync()).RecordedBy));
    }

    internal static async Task<ConsoleBrowser> SignedInAsync(BotApplication app, string phone)
    {
        var browser = new ConsoleBrowser(app);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(phone)).StatusCode);
        return browser;
    }
}
