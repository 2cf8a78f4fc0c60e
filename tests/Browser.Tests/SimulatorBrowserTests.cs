using Microsoft.Playwright;
using static Pkkpm.Browser.Tests.SimulatorChat;

namespace Pkkpm.Browser.Tests;

/// <summary>The simulator in chromium, as the offline demo: a member's SALDO, a treasurer's deposit, the member's receipt.</summary>
public class SimulatorBrowserTests(ServiceOnPort service) : IClassFixture<ServiceOnPort>
{
    private const string Sumarni = "+628123400106", Endang = "+628123400103"; // anggota and bendahara of KPB Mawar

    [SkippableFact]
    public async Task A_member_sees_her_balance_and_the_receipt_of_the_treasurers_deposit()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });

        await page.GotoAsync(service.BaseUrl + "/console/simulator");
        await Assertions.Expect(page.GetByText("Simulator: pesan tidak dikirim ke nomor sungguhan")).ToBeVisibleAsync();
        await OpenAsync(page, Sumarni);
        await WriteAsync(page, "SALDO");
        await Assertions.Expect(page.Locator(".chat .bubble.reply").Last).ToContainTextAsync("Ibu Sumarni (KPB Mawar): tabungan Rp");
        await Assertions.Expect(page.Locator(".chat .bubble.reply .segments").Last).ToContainTextAsync("1 SMS · GSM-7");

        await OpenAsync(page, Endang);
        await WriteAsync(page, "SETOR Sumarni 50rb");
        await Assertions.Expect(page.Locator(".chat .bubble.reply").Last).ToContainTextAsync("Balas YA");
        await WriteAsync(page, "ya");
        await Assertions.Expect(page.Locator(".chat .bubble.reply").Last).ToContainTextAsync("Tersimpan");

        await OpenAsync(page, Sumarni);
        var receipt = page.Locator(".chat.outbox .bubble").Filter(new() { HasText = "Rp50.000" });
        await Assertions.Expect(receipt).ToContainTextAsync("struk");
        await Assertions.Expect(receipt).ToContainTextAsync("ditahan: simulasi");

        await ScreenshotAsync(page, "simulator-phone.png");
        await page.SetViewportSizeAsync(1280, 900);
        await ScreenshotAsync(page, "simulator-desktop.png");
    }

    // The README shows these; written by the test so they always show the page as it is.
    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = System.IO.Path.Combine(ServiceOnPort.RepoFolder("docs"), "screenshots", name), FullPage = true });
}
