using Microsoft.Playwright;

namespace Pkkpm.Browser.Tests;

/// <summary>What each role sees on the console's home, signed in by code in chromium.</summary>
public class AccessBrowserTests
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
        await Assertions.Expect(Groups(page)).ToHaveTextAsync(["KPB Dahlia", "KPB Teratai"]);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "KPB Dahlia" })).ToHaveAttributeAsync("href", "/console/kpb/DAHLIA");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "KPB Mawar" })).ToHaveCountAsync(0);
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
        await Assertions.Expect(Groups(page)).ToHaveTextAsync(["KPB Mawar", "KPB Melati"]);
    }

    [SkippableFact]
    public async Task A_pemantau_of_the_programme_sees_every_village()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync(ConsoleInBrowser.DesktopWidth);

        await console.SignInAsync(page, Hendra);

        await Assertions.Expect(page.Locator("#cakupan")).ToHaveTextAsync("Anda melihat seluruh program: semua desa dan semua KPB.");
        await Assertions.Expect(Villages(page)).ToHaveTextAsync(["Desa Jetak", "Desa Ngargorejo", "Desa Sumberejo"]);
        await Assertions.Expect(Groups(page)).ToHaveCountAsync(6);
    }

    private static ILocator Villages(IPage page) => page.Locator("section.village h2");

    private static ILocator Groups(IPage page) => page.Locator("ul.groups a");
}
