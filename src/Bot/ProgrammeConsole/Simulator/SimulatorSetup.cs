using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Pkkpm.Bot.ProgrammeConsole.Simulator;

/// <summary>
/// /console/simulator: chat as any phone through the same webhook Twilio calls. In Development it
/// is the offline demo, open to anyone; anywhere else only a signed-in admin may use it. Whatever
/// it causes never reaches Twilio (0011_simulated.sql).
/// </summary>
public static class SimulatorSetup
{
    public const string Policy = "Simulator";
    public const string AdminRole = "admin";
    private const string Page = "/Simulator/Index";

    public static IServiceCollection AddSimulator(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireAuthenticatedUser().RequireRole(AdminRole));
        services.Configure<RazorPagesOptions>(options =>
        {
            // Anonymous wins over the console's folder-wide sign-in, so it is given only in Development.
            if (environment.IsDevelopment()) options.Conventions.AllowAnonymousToPage(Page);
            else options.Conventions.AuthorizePage(Page, Policy);
        });
        services.AddHttpClient<SimulatedPhone>().ConfigurePrimaryHttpMessageHandler(OwnAddress.Handler);
        services.AddSingleton<OwnAddress>();
        services.AddSingleton<SimulatorRecords>();
        return services;
    }
}
