using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>The console's monitoring pages: the figures they read, and the server time each page took.</summary>
public static class DashboardSetup
{
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        // Stateless: it holds only the database, so one serves every request.
        services.AddSingleton<MonitoringFigures>();
        services.AddTransient<IStartupFilter, ServerTiming>();
        services.AddOptions<ProgrammeSnapshotOptions>()
            .Bind(configuration.GetSection("Console:ProgrammeSnapshot"))
            .Validate(o => o.Interval > TimeSpan.Zero, "Console__ProgrammeSnapshot__Interval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ProgrammeSnapshots>();
        if (configuration.GetValue("Console:ProgrammeSnapshot:Enabled", true)) services.AddHostedService<ProgrammeSnapshotWorker>();
        return services;
    }
}
