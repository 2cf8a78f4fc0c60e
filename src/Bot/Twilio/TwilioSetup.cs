namespace Pkkpm.Bot.Twilio;

public static class TwilioSetup
{
    public static IServiceCollection AddTwilioChannel(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<TwilioOptions>()
            .Bind(configuration.GetSection("Twilio"))
            .Validate(o => !environment.IsProduction() || !string.IsNullOrWhiteSpace(o.AuthToken),
                "Twilio__AuthToken is not set: in Production every webhook's signature must be checked with it.")
            .ValidateOnStart();
        return services;
    }
}
