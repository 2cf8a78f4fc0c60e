namespace Pkkpm.Bot.Scheduling;

public static class SchedulingSetup
{
    /// <summary>Scheduling__Enabled, Scheduling__PollInterval, Scheduling__WeeklyTipsDay (Monday..), Scheduling__WeeklyTipsHour (WIB).</summary>
    public static IServiceCollection AddScheduledWork(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulingOptions>()
            .Bind(configuration.GetSection("Scheduling"))
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.WeeklyTipsHour is >= 0 and < 24, "Scheduling__PollInterval must be positive and Scheduling__WeeklyTipsHour 0-23.")
            .ValidateOnStart();
        if (configuration.GetValue("Scheduling:Enabled", true)) services.AddHostedService<ScheduledWork>();
        return services;
    }
}
