using Microsoft.Extensions.Options;

namespace Pkkpm.Bot.Outbound;

public static class OutboundFaultsSetup
{
    /// <summary>
    /// Outbound__PausedRetryInterval (see <see cref="OutboundFaultOptions"/>): the pause when Twilio
    /// refuses our account, which health reports.
    /// </summary>
    public static IServiceCollection AddOutboundFaults(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboundFaultOptions>().Bind(configuration.GetSection("Outbound")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboundFaultOptions>, OutboundFaultOptionsValidator>();
        services.AddSingleton<SendingPause>();
        return services;
    }
}
