using Microsoft.Playwright;

namespace Pkkpm.Browser.Tests;

/// <summary>
/// The pictures in README's console section, at a phone's width (390) and a desktop's (1280),
/// taken as a person goes through the console, so they always show the pages as they are.
/// (The simulator's are taken by SimulatorBrowserTests, in the middle of a conversation.)
/// </summary>
public class ScreenshotBrowserTests
{
    private const string Hendra = "+628123400004"; // pemantau of every village: the fullest home page

    [SkippableFact]
    public async Task The_main_pages_are_photographed_at_phone_and_desktop_width()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();

        await page.GotoAsync("/console");
        await page.GetByLabel("Nomor HP").FillAsync("0812 3400 004");
        await BothWidthsAsync(page, "signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim kode" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ConsoleInBrowser.CodePage());
        await BothWidthsAsync(page, "code");
        await page.GetByLabel("Kode 6 angka").FillAsync(await console.CodeSentToAsync(Hendra));
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Selamat datang, Hendra Wijaya")).ToBeVisibleAsync();
        await BothWidthsAsync(page, "home");

        await page.GetByRole(AriaRole.Link, new() { Name = "KPB Mawar" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("KPB Mawar");
        await BothWidthsAsync(page, "kpb");
        // The trend charts, further down, as a phone shows them: they scale to the screen.
        await page.Locator("#tren").ScrollIntoViewIfNeededAsync();
        await ConsoleInBrowser.ScreenshotAsync(page, "kpb-trend-phone.png");
        await page.Locator("#tabel-anggota").GetByRole(AriaRole.Link, new() { Name = "Sumarni", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rekening Sumarni");
        await BothWidthsAsync(page, "anggota");
    }

    // The first screen at each width (390x844, 1280x900), as a person opening the page sees it.
    private static async Task BothWidthsAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(ConsoleInBrowser.PhoneWidth, 844);
        // Nothing wider than the phone: a wide table scrolls inside its .table-wrap, not the page.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{name} is wider than a phone");
        await ConsoleInBrowser.ScreenshotAsync(page, $"{name}-phone.png");
        await page.SetViewportSizeAsync(ConsoleInBrowser.DesktopWidth, 900);
        await ConsoleInBrowser.ScreenshotAsync(page, $"{name}-desktop.png");
        await page.SetViewportSizeAsync(ConsoleInBrowser.PhoneWidth, 844);
    }
}
