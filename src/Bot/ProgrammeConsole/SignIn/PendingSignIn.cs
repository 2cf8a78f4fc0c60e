using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Pkkpm.Bot.ProgrammeConsole.SignIn;

/// <summary>
/// Between the two pages: the number typed and the page first asked for, in a cookie the browser
/// cannot read or change (data protection), for a while. The number never goes in an address, where
/// it would reach logs.
/// </summary>
public sealed class PendingSignIn(IDataProtectionProvider protection, TimeProvider clock, IHostEnvironment environment)
{
    public const string CookieName = "pkkpm-console-masuk";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public sealed record Pending(string Phone, string ReturnUrl);

    private IDataProtector Protector => protection.CreateProtector("Pkkpm.Console.PendingSignIn");

    public void Set(HttpContext context, string phone, string returnUrl)
    {
        var expires = clock.GetUtcNow() + Lifetime;
        var value = Protector.Protect(string.Join('\n', phone, returnUrl, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            Path = "/console",
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = environment.IsProduction() || context.Request.IsHttps,
            IsEssential = true,
        });
    }

    public Pending? Get(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value)) return null;
        try
        {
            var parts = Protector.Unprotect(value).Split('\n');
            if (parts.Length != 3 || DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[2], CultureInfo.InvariantCulture)) <= clock.GetUtcNow()) return null;
            return new Pending(parts[0], parts[1]);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // made with a key we no longer have, or changed by hand
        }
    }

    public void Clear(HttpContext context) => context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/console" });
}
