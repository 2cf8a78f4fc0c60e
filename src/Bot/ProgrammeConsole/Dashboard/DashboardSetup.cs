using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>The console's monitoring pages: the figures they read, and the server time each page took.</summary>
public static class DashboardSetup
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        // Stateless: it holds only the database, so one serves every request.
        services.AddSingleton<MonitoringFigures>();
        services.AddTransient<IStartupFilter, ServerTiming>();
        return services;
    }
}
