using System.Net;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.SignIn;

namespace Pkkpm.Bot.Tests.ConsoleAccess;

/// <summary>
/// What each role sees on the console's home, signed in through the real sign-in on the demo seeds:
/// villages Sumberejo (Mawar, Melati), Ngargorejo (Anggrek, Kenanga), Jetak (Dahlia, Teratai).
/// Rina accompanies Mawar, Melati, Anggrek and Kenanga; Sri is ketua and Endang bendahara of Mawar;
/// Wulan is pemantau of Sumberejo, Hendra of every village; Dewi is admin.
/// </summary>
public class ConsoleAccessMatrixTests
{
    private static readonly string[] Everyone = ["MAWAR", "MELATI", "ANGGREK", "KENANGA", "DAHLIA", "TERATAI"];

    [Theory]
    [InlineData("+628123400001", "MAWAR MELATI ANGGREK KENANGA", "Ngargorejo Sumberejo")] // pendamping
    [InlineData("+628123400101", "MAWAR", "Sumberejo")] // ketua
    [InlineData("+628123400103", "MAWAR", "Sumberejo")] // bendahara
    [InlineData("+628123400003", "MAWAR MELATI", "Sumberejo")] // pemantau of a village
    [InlineData("+628123400004", "MAWAR MELATI ANGGREK KENANGA DAHLIA TERATAI", "Jetak Ngargorejo Sumberejo")] // pemantau of all
    [InlineData("+628123400005", "MAWAR MELATI ANGGREK KENANGA DAHLIA TERATAI", "Jetak Ngargorejo Sumberejo")] // admin
    public async Task A_role_sees_its_groups_and_villages_on_the_home_page_and_nothing_else(string phone, string groups, string villages)
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(phone)).StatusCode);
        var home = await browser.HomeAsync();

        var seen = groups.Split(' ');
        foreach (var code in seen) Assert.Contains($"href=\"/console/kpb/{code}\"", home);
        foreach (var code in Everyone.Except(seen)) Assert.DoesNotContain(code, home, StringComparison.OrdinalIgnoreCase);
        foreach (var village in new[] { "Jetak", "Ngargorejo", "Sumberejo" })
            Assert.Equal(villages.Split(' ').Contains(village), home.Contains($"Desa {village}"));
    }

    [Theory]
    [InlineData("+628123400104")] // anggota
    [InlineData("+628123400102")] // sekretaris
    [InlineData("+6285700000000")] // nobody
    public async Task Members_secretaries_and_strangers_get_no_code_and_never_see_the_console(string phone)
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);

        var answer = await browser.SignInAsync(phone);
        var home = await browser.Client.GetAsync("/console");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Kode salah atau sudah tidak berlaku", await answer.Content.ReadAsStringAsync());
        Assert.Empty(await ConsoleBrowser.CodesQueuedAsync(app));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task A_pendamping_who_stops_accompanying_a_group_no_longer_sees_it_at_the_next_request()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.SignInAsync("+628123400001");
        var before = await browser.HomeAsync();

        await using (var connection = app.OpenDatabase())
            await Dapper.SqlMapper.ExecuteAsync(connection,
                "delete from memberships where person_id = (select id from people where phone = '+628123400001') and group_id = (select id from groups where code = 'MELATI')");
        var after = await browser.HomeAsync();

        Assert.Contains("/console/kpb/MELATI", before);
        Assert.DoesNotContain("/console/kpb/MELATI", after);
        Assert.Contains("/console/kpb/MAWAR", after);
    }
}
