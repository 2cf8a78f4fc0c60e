using Microsoft.AspNetCore.Authentication.Cookies;

namespace Pkkpm.Bot.ProgrammeConsole;

/// <summary>
/// The programme's console under /console: server-rendered Razor Pages (no script needed), for
/// pendamping, officers and programme staff signed in by a code sent to their phone. Every page
/// asks for a signed-in person unless it says [AllowAnonymous] (the sign-in pages).
/// </summary>
public static class ConsoleSetup
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string SignInPath = "/console/masuk";

    public static IServiceCollection AddConsole(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddRazorPages(options =>
        {
            // Pages live beside what they show (src/Bot/ProgrammeConsole/<feature>/), not in a Pages folder;
            // each names its own address under /console with an absolute @page route.
            options.RootDirectory = "/ProgrammeConsole";
            options.Conventions.AuthorizeFolder("/");
        });
        services.AddAuthentication(Scheme).AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = "pkkpm-console";
            cookie.Cookie.Path = "/console";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request is https, and always in Production (behind a proxy the
            // service may see http; the browser still only sends the cookie over https).
            cookie.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = "/console/keluar";
            cookie.AccessDeniedPath = "/console";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.AddAuthorization();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "pkkpm-console-af";
            antiforgery.Cookie.Path = "/console";
            antiforgery.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>
    /// Authentication runs for /console only: the Twilio webhooks, the busiest path by far, never
    /// read a cookie.
    /// </summary>
    public static WebApplication MapConsole(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/console"), console =>
        {
            console.UseStaticFiles();
            console.UseAuthentication();
            console.UseAuthorization();
        });
        app.MapRazorPages();
        return app;
    }
}
