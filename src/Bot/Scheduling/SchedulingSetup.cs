namespace Pkkpm.Bot.Scheduling;

public static class SchedulingSetup
{
    /// <summary>
    /// Scheduling__Enabled, Scheduling__PollInterval, Scheduling__WeeklyTipsDay (Monday..), Scheduling__WeeklyTipsHour (WIB);
    /// Retention__MessageBodies (365 days; 0 keeps them forever). Scheduling__Enabled=false turns off both jobs on this instance.
    /// </summary>
    public static IServiceCollection AddScheduledWork(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulingOptions>()
            .Bind(configuration.GetSection("Scheduling"))
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.WeeklyTipsHour is >= 0 and < 24, "Scheduling__PollInterval must be positive and Scheduling__WeeklyTipsHour 0-23.")
            .ValidateOnStart();
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection("Retention"))
            .Validate(o => o.MessageBodies == TimeSpan.Zero || o.MessageBodies >= TimeSpan.FromDays(1),
                "Retention__MessageBodies must be 0 (keep forever) or at least 1 day: a repeated delivery from Twilio is answered from the stored reply.")
            .Validate(o => o.Interval > TimeSpan.Zero && o.BatchSize > 0, "Retention__Interval and Retention__BatchSize must be positive.")
            .ValidateOnStart();
        if (configuration.GetValue("Scheduling:Enabled", true))
        {
            services.AddHostedService<ScheduledWork>();
            services.AddHostedService<MessageBodyRetention>();
        }
        return services;
    }
}
