using Microsoft.Playwright;

namespace Pkkpm.Browser.Tests;

/// <summary>Keluar ends the session on the server, not only in this browser.</summary>
public class SignOutBrowserTests
{
    private const string Rina = "+628123400001";

    [SkippableFact]
    public async Task After_Keluar_neither_this_browser_nor_a_copy_of_its_cookie_opens_the_console()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();
        await console.SignInAsync(page, Rina);
        var signedIn = await page.Context.CookiesAsync();
        // The cookie copied into a second browser, which never signs out: it opens the console now.
        var copy = await console.NewPageAsync();
        await copy.Context.AddCookiesAsync(signedIn.Where(cookie => cookie.Name == "pkkpm-console").Select(cookie => new Cookie
        {
            Name = cookie.Name, Value = cookie.Value, Domain = cookie.Domain, Path = cookie.Path,
            Expires = cookie.Expires, HttpOnly = cookie.HttpOnly, Secure = cookie.Secure, SameSite = cookie.SameSite,
        }));
        await copy.GotoAsync("/console");
        await Assertions.Expect(copy.GetByText("Selamat datang, Rina Kurniawati")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ConsoleInBrowser.SignInPage());
        await page.GotoAsync("/console");
        await Assertions.Expect(page).ToHaveURLAsync(ConsoleInBrowser.SignInPage());

        await copy.GotoAsync("/console");
        await Assertions.Expect(copy).ToHaveURLAsync(ConsoleInBrowser.SignInPage());
        await Assertions.Expect(copy.GetByText("Selamat datang")).ToHaveCountAsync(0);
    }
}
