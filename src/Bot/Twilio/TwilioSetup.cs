using Microsoft.Extensions.Options;
using Pkkpm.Bot.Deployment;

namespace Pkkpm.Bot.Twilio;

public static class TwilioSetup
{
    public static IServiceCollection AddTwilioChannel(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<TwilioOptions>().Bind(configuration.GetSection("Twilio")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TwilioOptions>>(new TwilioOptionsValidator(environment, ListeningAddresses.Reachable(configuration)));
        return services;
    }
}
