using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.People;
using static Pkkpm.Bot.Tests.PeopleConsole.ConsoleSeeds;

namespace Pkkpm.Bot.Tests.PeopleConsole;

/// <summary>
/// A refusal in the console is the chat's reason, word for word, and changes nothing; the rules are
/// asked again when the pendamping presses "Ya", against the books as they are then.
/// </summary>
public class PeopleConsoleRefusalTests
{
    private const string Form = "/console/kpb/MAWAR/anggota-baru";

    [Fact]
    public async Task A_number_already_registered_shows_the_reason_and_changes_nothing()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        var before = await app.SnapshotAsync();

        var refused = await browser.ProposeAsync(Form, new() { ["Nomor"] = "0812-1111-0010", ["Sapaan"] = "Ibu", ["Nama"] = "Tri" });

        Assert.Equal("Maaf Ibu Rina, nomor 0812-1111-0010 sudah terdaftar di layanan PKKPM. Tidak ada yang diubah. Untuk ganti nomor: GANTI NOMOR lama baru.",
            PeopleForms.Shown(refused.Page, "alasan"));
        Assert.Null(PeopleForms.Shown(refused.Page, "ringkasan"));
        Assert.Contains("value=\"0812-1111-0010\"", refused.Page); // the form again, as typed
        Assert.Equal(before, await app.SnapshotAsync());
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.Kind != "sign-in-code");
    }

    [Fact]
    public async Task A_number_registered_by_chat_after_the_summary_is_refused_on_Ya()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);

        var summary = await browser.ProposeAsync(Form, new() { ["Nomor"] = "0812-9999-0001", ["Sapaan"] = "Ibu", ["Nama"] = "Sri Lestari" });
        await app.Twilio.SmsAsync(Rina, "DAFTAR ANGGOTA MELATI 0812-9999-0001 Sri Lestari");
        await app.Twilio.SmsAsync(Rina, "ya");
        var before = await app.SnapshotAsync();
        var refused = await browser.ConfirmAsync(Form, summary.Page);

        Assert.StartsWith("Maaf Ibu Rina, nomor 0812-9999-0001 sudah terdaftar di layanan PKKPM.", PeopleForms.Shown(refused.Page, "alasan"));
        Assert.Equal(before, await app.SnapshotAsync());
        Assert.Single(await app.OutboxAsync("+6281299990001")); // the chat's one welcome
    }

    [Fact]
    public async Task A_summary_the_group_changed_under_is_shown_again_not_saved()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        const string Officers = "/console/kpb/MAWAR/pengurus";

        var summary = await browser.ProposeAsync(Officers, new() { ["Jabatan"] = "bendahara", ["Anggota"] = "+6281211110004" });
        await app.Twilio.SmsAsync(Rina, "GANTI BENDAHARA MAWAR Slamet");
        await app.Twilio.SmsAsync(Rina, "ya");
        var before = await app.SnapshotAsync();
        var again = await browser.ConfirmAsync(Officers, summary.Page);

        Assert.Equal("Jadikan Bu Sri bendahara KPB Mawar? Pak Slamet menjadi anggota biasa.", PeopleForms.Shown(again.Page, "ringkasan"));
        Assert.Contains("Data kelompok berubah sejak ringkasan tadi.", again.Page);
        Assert.Equal(before, await app.SnapshotAsync());
        Assert.Empty(await app.OutboxAsync("+6281211110004"));
    }

    [Fact]
    public async Task A_member_with_savings_cannot_leave_until_the_bendahara_records_the_withdrawal()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        var before = await app.SnapshotAsync();

        var refused = await browser.ProposeAsync("/console/kpb/MAWAR/keluar", new() { ["Anggota"] = "+6281211110002" });

        Assert.StartsWith("Tabungan Pak Slamet masih Rp10.000. Bendahara mencatat penarikan penutupnya dulu (TARIK Slamet Rp10.000)",
            PeopleForms.Shown(refused.Page, "alasan"));
        Assert.Equal(before, await app.SnapshotAsync());
    }
}
