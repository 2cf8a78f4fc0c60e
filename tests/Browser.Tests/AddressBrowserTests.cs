using Microsoft.Playwright;

namespace Pkkpm.Browser.Tests;

/// <summary>
/// Typing an address by hand gives no more than the links do: another group's KPB, or a village
/// one does not monitor, is "not found" (404, as if it did not exist: no oracle of what does).
/// The console answers that 404 without a body, which chromium shows as its own error page and
/// Playwright's navigation reports as a failure; so the address is asked with the page's cookies.
/// </summary>
public class AddressBrowserTests
{
    private const string Andi = "+628123400002";  // pendamping of DAHLIA and TERATAI (Jetak)
    private const string Wulan = "+628123400003"; // pemantau of Sumberejo (MAWAR, MELATI)

    [SkippableFact]
    public async Task A_pendamping_opening_another_groups_KPB_address_gets_not_found()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();
        await console.SignInAsync(page, Andi);

        // His own group opens, so the 404 below is the scope's, not a broken page's.
        Assert.Equal(200, (await page.GotoAsync("/console/kpb/DAHLIA"))!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("KPB Dahlia");

        await NotFoundAsync(page, "/console/kpb/MAWAR");
    }

    [SkippableFact]
    public async Task A_pemantau_of_Sumberejo_opening_a_village_she_does_not_monitor_gets_not_found()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();
        await console.SignInAsync(page, Wulan);

        Assert.Equal(200, (await page.GotoAsync("/console/desa/Sumberejo"))!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Sumberejo");

        await NotFoundAsync(page, "/console/desa/Jetak");
        // Nor a group of that village by its own address.
        await NotFoundAsync(page, "/console/kpb/DAHLIA");
    }

    /// <summary>The address, asked as the signed-in page would (its cookies), is 404 and shows nothing of the group.</summary>
    private static async Task NotFoundAsync(IPage page, string address)
    {
        var answer = await page.Context.APIRequest.GetAsync(address);
        Assert.Equal(404, answer.Status);
        Assert.DoesNotContain("KPB", await answer.TextAsync(), StringComparison.Ordinal);
    }
}
