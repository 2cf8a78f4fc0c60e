using Microsoft.Extensions.Options;
using Pkkpm.Bot.Twilio;

namespace Pkkpm.Bot.Outbound;

public static class OutboundSetup
{
    /// <summary>
    /// Outbound__* (see <see cref="OutboundOptions"/>) and the senders Twilio__SmsFrom,
    /// Twilio__WhatsAppFrom, Twilio__MessagingServiceSid. Without Twilio__AccountSid and
    /// Twilio__AuthToken messages are only written to the log.
    /// </summary>
    public static IServiceCollection AddOutbound(this IServiceCollection services, IConfiguration configuration)
    {
        var sendsToTwilio = !string.IsNullOrWhiteSpace(configuration["Twilio:AccountSid"])
                            && !string.IsNullOrWhiteSpace(configuration["Twilio:AuthToken"]);

        services.AddOptions<OutboundOptions>().Bind(configuration.GetSection("Outbound")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboundOptions>, OutboundOptionsValidator>();
        services.AddOptions<SenderNumbers>().Bind(configuration.GetSection("Twilio")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SenderNumbers>>(new SenderNumbersValidator(sendsToTwilio));

        if (sendsToTwilio) services.AddSingleton<IMessageSender, TwilioMessageSender>();
        else services.AddSingleton<IMessageSender, LogMessageSender>();

        services.AddSingleton(sp => new Routes(
            sp.GetRequiredService<IOptions<OutboundOptions>>().Value,
            whatsAppAvailable: !sendsToTwilio || sp.GetRequiredService<IOptions<SenderNumbers>>().Value.HasWhatsApp));
        services.AddSingleton<SenderLimits>();
        services.AddSingleton<DeliveryActivity>();
        services.AddSingleton<MessageDelivery>();
        if (configuration.GetValue("Outbound:Enabled", true)) services.AddHostedService<OutboundWorker>();
        return services;
    }
}
