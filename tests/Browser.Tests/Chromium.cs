using Microsoft.Playwright;

namespace Pkkpm.Browser.Tests;

/// <summary>
/// Debian's chromium, headless. Playwright cannot download its own browsers here, so it drives the
/// system's. Without it the browser tests are skipped outside CI, and fail in CI (CI set), where
/// .ci/run installs it: a run that silently skipped them would prove nothing.
/// </summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool InCi =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } value && value is not ("false" or "0");

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Path))
        {
            var reason = $"{Path} is missing";
            if (InCi) throw new InvalidOperationException($"{reason} (CI is set, so browser tests fail instead of being skipped; .ci/run installs the chromium package)");
            throw new SkipException($"Skipped: {reason}. Install it (Debian: apt-get install chromium) to run the browser tests.");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Path, Headless = true, Args = ["--no-sandbox"] });
        return (playwright, browser);
    }
}
