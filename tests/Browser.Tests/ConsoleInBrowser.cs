using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Playwright;

namespace Pkkpm.Browser.Tests;

/// <summary>
/// One test's own console: chromium and the service on a loopback port with a fresh database of
/// the demo seeds. Chromium is launched first, so a machine without it skips the test before a
/// service is started for nothing.
/// </summary>
public sealed partial class ConsoleInBrowser : IAsyncDisposable
{
    public const int PhoneWidth = 390, DesktopWidth = 1280;

    private readonly IPlaywright _playwright;

    private ConsoleInBrowser(IPlaywright playwright, IBrowser browser, ServiceOnPort service) =>
        (_playwright, Browser, Service) = (playwright, browser, service);

    public IBrowser Browser { get; }

    public ServiceOnPort Service { get; }

    public static async Task<ConsoleInBrowser> StartAsync()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        var service = new ServiceOnPort();
        try
        {
            await service.InitializeAsync();
        }
        catch
        {
            await browser.DisposeAsync();
            playwright.Dispose();
            await service.DisposeAsync();
            throw;
        }
        return new(playwright, browser, service);
    }

    /// <summary>A fresh browser context (its own cookies) with one page open at that width.</summary>
    public async Task<IPage> NewPageAsync(int width = PhoneWidth)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Service.BaseUrl, ViewportSize = new() { Width = width, Height = 844 } });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Signs in as a person would: /console sends to sign-in, the phone number, the code that
    /// phone received (read from the outbox, where the service queued it), and the console's home.
    /// </summary>
    public async Task SignInAsync(IPage page, string phone)
    {
        await page.GotoAsync("/console");
        await Assertions.Expect(page).ToHaveURLAsync(SignInPage());
        await page.GetByLabel("Nomor HP").FillAsync(phone);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim kode" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(CodePage());
        await page.GetByLabel("Kode 6 angka").FillAsync(await CodeSentToAsync(phone));
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Service.BaseUrl + "/console");
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>
    /// The code in the latest sign-in SMS queued to that phone (E.164). The request commits it
    /// before the code page is answered, so once that page shows, it is there.
    /// </summary>
    public async Task<string> CodeSentToAsync(string phone)
    {
        await using var connection = Service.Database.Connect();
        var body = await connection.QueryFirstOrDefaultAsync<string>(
            "select body from outbox where kind = 'sign-in-code' and to_phone = @Phone order by id desc limit 1", new { Phone = phone });
        return SixDigits().Match(body ?? "") is { Success: true } code ? code.Value : throw new Xunit.Sdk.XunitException($"No sign-in code queued to that phone: {body}");
    }

    public static Regex SignInPage() => SignInAddress();

    public static Regex CodePage() => CodeAddress();

    // The README shows these; written by the tests so they always show the pages as they are.
    // The first screen, as a person sees the page open: a full page on a phone is too tall to read in README.
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ServiceOnPort.RepoFolder("docs"), "screenshots", name) });

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    [GeneratedRegex(@"/console/masuk(\?|$)")]
    private static partial Regex SignInAddress();

    [GeneratedRegex(@"/console/kode$")]
    private static partial Regex CodeAddress();

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Service.DisposeAsync();
    }
}
