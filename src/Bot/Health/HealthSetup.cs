namespace Pkkpm.Bot.Health;

public static class HealthSetup
{
    /// <summary>Health__OutboxLagLimit (default 00:10:00).</summary>
    public static IServiceCollection AddHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection("Health"))
            .Validate(o => o.OutboxLagLimit > TimeSpan.Zero, "Health__OutboxLagLimit must be positive.")
            .ValidateOnStart();
        return services;
    }
}
