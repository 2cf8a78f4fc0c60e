using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pkkpm.Browser.Tests;

/// <summary>What each role sees on the console's home, signed in by code in chromium.</summary>
public partial class AccessBrowserTests
{
    private const string Andi = "+628123400002";   // pendamping of DAHLIA and TERATAI (Jetak)
    private const string Wulan = "+628123400003";  // pemantau of Sumberejo (MAWAR, MELATI)
    private const string Hendra = "+628123400004"; // pemantau of every village

    [SkippableFact]
    public async Task A_pendamping_sees_only_the_groups_she_accompanies()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();

        await console.SignInAsync(page, Andi);

        await Assertions.Expect(page.Locator("#cakupan")).ToHaveTextAsync("Anda melihat KPB yang Anda dampingi.");
        Assert.Equal(["KPB Dahlia", "KPB Teratai"], await GroupNamesAsync(page));
        await Assertions.Expect(page.Locator("a[href^='/console/kpb/DAHLIA']").First).ToHaveTextAsync("KPB Dahlia");
        await Assertions.Expect(page.Locator("a[href^='/console/kpb/MAWAR']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("KPB Mawar")).ToHaveCountAsync(0);
        await Assertions.Expect(Villages(page)).ToHaveTextAsync(["Desa Jetak"]);
    }

    [SkippableFact]
    public async Task A_pemantau_of_Sumberejo_sees_only_Sumberejos_groups()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();

        await console.SignInAsync(page, Wulan);

        await Assertions.Expect(page.Locator("#cakupan")).ToHaveTextAsync("Anda melihat desa Sumberejo.");
        await Assertions.Expect(Villages(page)).ToHaveTextAsync(["Desa Sumberejo"]);
        Assert.Equal(["KPB Mawar", "KPB Melati"], await GroupNamesAsync(page));
        await Assertions.Expect(page.GetByText("KPB Anggrek")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task A_pemantau_of_the_programme_sees_every_village()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync(ConsoleInBrowser.DesktopWidth);

        await console.SignInAsync(page, Hendra);

        await Assertions.Expect(page.Locator("#cakupan")).ToHaveTextAsync("Anda melihat seluruh program: semua desa dan semua KPB.");
        await Assertions.Expect(Villages(page)).ToHaveTextAsync(["Desa Jetak", "Desa Ngargorejo", "Desa Sumberejo"]);
        Assert.Equal(["KPB Anggrek", "KPB Dahlia", "KPB Kenanga", "KPB Mawar", "KPB Melati", "KPB Teratai"], await GroupNamesAsync(page));
    }

    // By what a reader sees (a heading per village, a link per KPB), not by the page's markup, which the dashboard grows.
    private static ILocator Villages(IPage page) => page.GetByRole(AriaRole.Heading).Filter(new() { HasTextRegex = VillageHeading() });

    /// <summary>The KPB the page links to, each once, in order of name (SignInAsync waited for the page to load).</summary>
    private static async Task<string[]> GroupNamesAsync(IPage page) =>
        (await page.Locator("a[href^='/console/kpb/']").AllInnerTextsAsync()).Select(name => name.Trim()).Distinct().Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"^\s*Desa \S")]
    private static partial Regex VillageHeading();
}
