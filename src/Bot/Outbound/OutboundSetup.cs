using Microsoft.Extensions.Options;
using Pkkpm.Bot.Observability;
using Pkkpm.Bot.Twilio;

namespace Pkkpm.Bot.Outbound;

public static class OutboundSetup
{
    /// <summary>
    /// Outbound__* (see <see cref="OutboundOptions"/>) and the senders Twilio__SmsFrom,
    /// Twilio__WhatsAppFrom, Twilio__MessagingServiceSid. Messages go to Twilio with
    /// Twilio__AccountSid and Twilio__AuthToken; without them, in Development only, they are written
    /// to the log; with Outbound__LogOnly=true they are only logged, masked, wherever it runs.
    /// </summary>
    public static IServiceCollection AddOutbound(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var logOnly = configuration.GetValue("Outbound:LogOnly", false);
        var hasAccount = !string.IsNullOrWhiteSpace(configuration["Twilio:AccountSid"])
                         && !string.IsNullOrWhiteSpace(configuration["Twilio:AuthToken"]);
        var sendsToTwilio = hasAccount && !logOnly;

        services.AddOptions<OutboundOptions>().Bind(configuration.GetSection("Outbound")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboundOptions>, OutboundOptionsValidator>();
        services.AddSingleton<IValidateOptions<OutboundOptions>>(new OutboundAccountValidator(environment, hasAccount));
        services.AddOptions<SenderNumbers>().Bind(configuration.GetSection("Twilio")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SenderNumbers>>(new SenderNumbersValidator(sendsToTwilio));

        // Each send, to Twilio or to the log, is traced and counted (pkkpm_messages_sent_total, pkkpm_send_failures_total).
        if (sendsToTwilio) services.AddSingleton<TwilioMessageSender>();
        services.AddSingleton<IMessageSender>(sp => new MeasuredSender(
            sendsToTwilio
                ? sp.GetRequiredService<TwilioMessageSender>()
                : new LogMessageSender(sp.GetRequiredService<ILogger<LogMessageSender>>(), masked: logOnly),
            sp.GetRequiredService<BotMetrics>()));

        services.AddSingleton(sp => new Routes(
            sp.GetRequiredService<IOptions<OutboundOptions>>().Value,
            whatsAppAvailable: !sendsToTwilio || sp.GetRequiredService<IOptions<SenderNumbers>>().Value.HasWhatsApp));
        services.AddSingleton<SenderLimits>();
        services.AddSingleton<DeliveryActivity>();
        services.AddSingleton<SentRecorder>();
        services.AddSingleton<MessageDelivery>();
        if (configuration.GetValue("Outbound:Enabled", true)) services.AddHostedService<OutboundWorker>();
        return services;
    }
}
