using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.SignIn;

/// <summary>What differs between Development and Production: the code in the log, and the cookie's Secure flag.</summary>
public class ProductionSignInTests
{
    private const string Rina = "+628123400001";

    [Fact]
    public async Task In_Development_the_code_is_logged_with_the_number_masked()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);

        await browser.RequestCodeAsync(Rina);
        var code = await ConsoleBrowser.LatestCodeAsync(app, Rina);

        var line = Assert.Single(app.Log.Lines, l => l.Contains("sign-in code"));
        Assert.Contains($"+62******001 is {code}", line);
        Assert.DoesNotContain(Rina, string.Join("\n", app.Log.Lines));
    }

    [Fact]
    public async Task In_Production_the_code_is_never_logged_and_the_cookies_are_secure_httponly_and_strict()
    {
        var log = new CapturedLog();
        await using var app = new BotApplication(settings: new() { ["Outbound:LogOnly"] = "true" });
        await using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production").ConfigureLogging(l => l.AddProvider(log)));
        using var browser = new ConsoleBrowser(app, production, "https://localhost");

        await browser.RequestCodeAsync(Rina);
        var code = await ConsoleBrowser.LatestCodeAsync(app, Rina);
        var signedIn = await browser.TypeCodeAsync(code!);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain(log.Lines, l => l.Contains(code!) || l.Contains("sign-in code"));
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pkkpm-console="));
        foreach (var flag in new[] { "secure", "httponly", "samesite=strict", "path=/console" })
            Assert.Contains(flag, cookie.ToLowerInvariant());
    }
}
