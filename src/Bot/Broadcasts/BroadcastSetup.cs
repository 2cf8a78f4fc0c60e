namespace Pkkpm.Bot.Broadcasts;

public static class BroadcastSetup
{
    /// <summary>Broadcasts__Enabled, Broadcasts__BatchSize, Broadcasts__PollInterval (<see cref="BroadcastOptions"/>).
    /// Broadcasts__Enabled=false leaves this instance's broadcasts for another instance to expand.</summary>
    public static IServiceCollection AddBroadcastFanOut(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BroadcastOptions>()
            .Bind(configuration.GetSection("Broadcasts"))
            .Validate(o => o.BatchSize > 0 && o.PollInterval > TimeSpan.Zero, "Broadcasts__BatchSize and Broadcasts__PollInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<BroadcastSignal>();
        if (configuration.GetValue("Broadcasts:Enabled", true)) services.AddHostedService<BroadcastFanOut>();
        return services;
    }
}
