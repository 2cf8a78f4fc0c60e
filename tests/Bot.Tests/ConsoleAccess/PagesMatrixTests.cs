using System.Net;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.SignIn;

namespace Pkkpm.Bot.Tests.ConsoleAccess;

/// <summary>
/// Every console page and download, for every role, signed in through the real sign-in on the demo
/// seeds: what a role may not see answers 404 (not 403), so a viewer cannot learn it exists.
/// Sumberejo holds MAWAR and MELATI, Ngargorejo ANGGREK and KENANGA, Jetak DAHLIA and TERATAI.
/// </summary>
public class PagesMatrixTests
{
    private static readonly Dictionary<string, string> VillageOf = new()
    {
        ["MAWAR"] = "Sumberejo", ["MELATI"] = "Sumberejo", ["ANGGREK"] = "Ngargorejo",
        ["KENANGA"] = "Ngargorejo", ["DAHLIA"] = "Jetak", ["TERATAI"] = "Jetak",
    };

    [Theory]
    [InlineData("+628123400001", "MAWAR MELATI ANGGREK KENANGA", "")] // pendamping: their groups, no village as a whole
    [InlineData("+628123400101", "MAWAR", "")] // ketua
    [InlineData("+628123400103", "MAWAR", "")] // bendahara
    [InlineData("+628123400003", "MAWAR MELATI", "Sumberejo")] // pemantau of Sumberejo
    [InlineData("+628123400004", "MAWAR MELATI ANGGREK KENANGA DAHLIA TERATAI", "Sumberejo Ngargorejo Jetak")] // pemantau of all
    [InlineData("+628123400005", "MAWAR MELATI ANGGREK KENANGA DAHLIA TERATAI", "Sumberejo Ngargorejo Jetak")] // admin
    public async Task A_role_opens_the_pages_and_downloads_of_its_scope_and_gets_404_for_the_rest(string phone, string groups, string villages)
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(phone)).StatusCode);
        var members = await FirstMembersAsync(app);
        var seenGroups = groups.Split(' ');
        var seenVillages = villages.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        foreach (var (code, village) in VillageOf)
        {
            var sees = seenGroups.Contains(code);
            var seesVillage = seenVillages.Contains(village);
            await ExpectAsync(browser, sees, $"/console/kpb/{code}");
            await ExpectAsync(browser, sees, $"/console/kpb/{code.ToLowerInvariant()}?periode=bulan");
            await ExpectAsync(browser, sees, $"/console/anggota/{members[code]}");
            await ExpectAsync(browser, sees, $"/console/ekspor/rekening.csv?kpb={code}");
            await ExpectAsync(browser, sees, $"/console/ekspor/anggota.xlsx?kpb={code}&periode=bulan");
            await ExpectAsync(browser, sees, $"/console/ekspor/rekening.xlsx?anggota={members[code]}");
            await ExpectAsync(browser, seesVillage, $"/console/desa/{village}");
            await ExpectAsync(browser, seesVillage, $"/console/ekspor/tunggakan.csv?desa={village}");
            await ExpectAsync(browser, seesVillage, $"/console/ekspor/kelompok.xlsx?desa={village}&periode=minggu");
        }
        await ExpectAsync(browser, false, "/console/kpb/TIDAKADA");
        await ExpectAsync(browser, false, "/console/desa/Antah");
        await ExpectAsync(browser, false, "/console/anggota/987654321");
        await ExpectAsync(browser, false, "/console/ekspor/anggota.csv"); // a member list needs a KPB
        await ExpectAsync(browser, true, "/console/ekspor/tren.csv");
    }

    [Fact]
    public async Task A_stranger_is_sent_to_sign_in_from_every_page_and_download()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        var members = await FirstMembersAsync(app);

        foreach (var path in new[] { "/console/kpb/MAWAR", "/console/desa/Sumberejo", $"/console/anggota/{members["MAWAR"]}", "/console/ekspor/rekening.csv?kpb=MAWAR" })
        {
            var response = await browser.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/console/masuk", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
        }
    }

    private static async Task ExpectAsync(ConsoleBrowser browser, bool sees, string path)
    {
        var response = await browser.Client.GetAsync(path);
        Assert.True((sees ? HttpStatusCode.OK : HttpStatusCode.NotFound) == response.StatusCode, $"{path}: {response.StatusCode}");
    }

    // The member with list number 1 of each group.
    private static async Task<Dictionary<string, long>> FirstMembersAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        var rows = await connection.QueryAsync<(string Code, long PersonId)>(
            "select g.code, m.person_id from memberships m join groups g on g.id = m.group_id where m.list_number = 1");
        return rows.ToDictionary(r => r.Code, r => r.PersonId);
    }
}
