using System.Net;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.People;
using static Pkkpm.Bot.Tests.PeopleConsole.ConsoleSeeds;

namespace Pkkpm.Bot.Tests.PeopleConsole;

/// <summary>
/// The forms are the group's pendamping's and an admin's. Anyone else (another group's pendamping,
/// a pemantau, the group's own ketua or bendahara) gets the 404 a missing page gets, on every form
/// and every step, even with a valid token, and nothing changes.
/// </summary>
public class PeopleConsoleAccessTests
{
    private static readonly string[] Forms = ["anggota-baru", "ganti-nomor", "keluar", "pengurus"];

    // Every field any form reads, filled as if to succeed, and the summary the form would show.
    private static Dictionary<string, string> Filled() => new()
    {
        ["Nomor"] = "0812-9999-0001", ["Nama"] = "Sri Lestari", ["Sapaan"] = "Ibu", ["Anggota"] = "+6281211110004",
        ["NomorBaru"] = "0813-2222-0002", ["Jabatan"] = "bendahara", ["Ringkasan"] = "Jadikan Bu Sri bendahara KPB Mawar? Bu Endang menjadi anggota biasa.",
    };

    [Theory]
    [InlineData(Andi)] // pendamping of DAHLIA only
    [InlineData(Wulan)] // pemantau of Sumberejo: sees MAWAR, changes nothing
    [InlineData("+6281211110003")] // Endang, bendahara of MAWAR
    public async Task Anyone_but_the_groups_pendamping_or_an_admin_gets_404_on_every_form_GET_and_POST(string phone)
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var browser = await PeopleConsoleTests.SignedInAsync(app, phone);
        var before = await app.SnapshotAsync();
        var notFound = await (await browser.Client.GetAsync("/console/kpb/TIDAKADA")).Content.ReadAsStringAsync();

        foreach (var form in Forms)
        {
            var path = $"/console/kpb/MAWAR/{form}";
            var get = await browser.Client.GetAsync(path);
            Assert.True(get.StatusCode == HttpStatusCode.NotFound, $"GET {path}: {get.StatusCode}");
            Assert.Equal(notFound, await get.Content.ReadAsStringAsync());
            foreach (var handler in new[] { "", "?handler=Simpan", "?handler=Ubah" })
            {
                var post = await browser.PostWithTokenAsync(path + handler, Filled());
                Assert.True(post.Status == HttpStatusCode.NotFound, $"POST {path}{handler}: {post.Status}");
            }
        }
        Assert.Equal(before, await app.SnapshotAsync());
        Assert.DoesNotContain(await app.OutboxAsync(), m => m.Kind != "sign-in-code");
        // The same addresses are there for the group's pendamping: the 404s above are about who asks.
        using var rina = await PeopleConsoleTests.SignedInAsync(app, Rina);
        foreach (var form in Forms) Assert.Equal(HttpStatusCode.OK, (await rina.Client.GetAsync($"/console/kpb/MAWAR/{form}")).StatusCode);
    }

    [Fact]
    public async Task The_KPB_page_offers_the_forms_only_to_whoever_may_use_them()
    {
        using var seeds = ConsoleSeeds.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var rina = await PeopleConsoleTests.SignedInAsync(app, Rina);
        using var dewi = await PeopleConsoleTests.SignedInAsync(app, Dewi);
        using var wulan = await PeopleConsoleTests.SignedInAsync(app, Wulan);

        var hers = await rina.PageAsync("/console/kpb/MAWAR");
        var admins = await dewi.PageAsync("/console/kpb/DAHLIA");
        var pemantau = await wulan.PageAsync("/console/kpb/MAWAR");

        foreach (var form in Forms)
        {
            Assert.Contains($"href=\"/console/kpb/MAWAR/{form}\"", hers);
            Assert.Contains($"href=\"/console/kpb/DAHLIA/{form}\"", admins);
            Assert.DoesNotContain($"/console/kpb/MAWAR/{form}", pemantau);
            Assert.Equal(HttpStatusCode.OK, (await rina.Client.GetAsync($"/console/kpb/mawar/{form}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await dewi.Client.GetAsync($"/console/kpb/DAHLIA/{form}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await rina.Client.GetAsync($"/console/kpb/DAHLIA/{form}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await rina.Client.GetAsync($"/console/kpb/TIDAKADA/{form}")).StatusCode);
        }
        Assert.Contains("Kelola anggota", hers);
        Assert.DoesNotContain("Kelola anggota", pemantau);
    }
}
