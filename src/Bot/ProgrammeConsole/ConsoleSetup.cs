using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Pkkpm.Bot.Overload;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Bot.ProgrammeConsole.Shared;
using Pkkpm.Bot.ProgrammeConsole.SignIn;
using Pkkpm.Data;

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
            // The person as they are now, on every request; an ended session or a role that may no
            // longer sign in drops the cookie.
            cookie.Events.OnValidatePrincipal = ConsoleViewers.ValidateAsync;
        });
        services.AddAuthorization();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "pkkpm-console-af";
            antiforgery.Cookie.Path = "/console";
            antiforgery.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        // One key ring for every instance, kept across restarts: in the database the instances share.
        services.AddDataProtection().SetApplicationName("Pkkpm.Bot");
        services.AddOptions<KeyManagementOptions>().Configure<IDatabase, TimeProvider>((keys, database, clock) =>
            keys.XmlRepository = new DatabaseKeyRing(database, clock));

        services.AddOptions<SignInOptions>().BindConfiguration("Console")
            .Validate(o => o.CodeLifetime > TimeSpan.Zero && o.CodeTries > 0, "Console__CodeLifetime and Console__CodeTries must be positive.")
            .Validate(o => o.LimitWindow > TimeSpan.Zero && o.CodesPerNumber > 0 && o.CodesPerAddress > 0,
                "Console__LimitWindow, Console__CodesPerNumber and Console__CodesPerAddress must be positive: without limits anyone could send codes to any number.")
            .ValidateOnStart();
        services.AddSingleton<PhoneCodes>();
        services.AddSingleton<PendingSignIn>();
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
            console.UseStatusCodePages(StatusPage.WriteAsync);
            // Inside the status pages: a page whose work the database could not take shows one.
            console.UseDatabaseUnavailableRefusal();
            console.UseStaticFiles();
            console.UseAuthentication();
            console.UseAuthorization();
        });
        app.MapRazorPages();
        return app;
    }
}
