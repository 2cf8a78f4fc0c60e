using Microsoft.Extensions.Options;

namespace Pkkpm.Bot.Outbound;

public static class OutboundFaultsSetup
{
    /// <summary>
    /// Outbound__PausedRetryInterval and Outbound__FailingNumberAfter (see <see cref="OutboundFaultOptions"/>):
    /// the pause when Twilio refuses our account, which health reports, and numbers that keep failing.
    /// </summary>
    public static IServiceCollection AddOutboundFaults(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboundFaultOptions>().Bind(configuration.GetSection("Outbound")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboundFaultOptions>, OutboundFaultOptionsValidator>();
        services.AddSingleton<SendingPause>();
        services.AddSingleton<FailingNumbers>();
        return services;
    }
}
