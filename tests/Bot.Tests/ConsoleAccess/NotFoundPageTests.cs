using System.Net;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.SignIn;

namespace Pkkpm.Bot.Tests.ConsoleAccess;

/// <summary>
/// A KPB that is not the viewer's, and one that does not exist, answer the same Indonesian page
/// with a way back, not an empty 404 that a browser shows as its own error.
/// </summary>
public class NotFoundPageTests
{
    [Fact]
    public async Task Another_groups_page_and_a_missing_one_show_the_same_Indonesian_not_found_page()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.SignInAsync("+628123400103"); // Endang, bendahara of MAWAR

        var notHers = await browser.Client.GetAsync("/console/kpb/DAHLIA");
        var missing = await browser.Client.GetAsync("/console/kpb/TIDAKADA");

        Assert.Equal(HttpStatusCode.NotFound, notHers.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var page = await notHers.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Halaman tidak ditemukan</h1>", page);
        Assert.Contains("href=\"/console\"", page);
        Assert.Equal(page, await missing.Content.ReadAsStringAsync());
    }
}
