namespace Pkkpm.Bot.Outbound;

/// <summary>How one message goes out; <see cref="Routes.Name"/> is what outbox.sent_channel records.</summary>
public enum Route
{
    Sms,
    WhatsApp,
    WhatsAppTemplate,
}

/// <summary>
/// WhatsApp takes free-form text only within 24 hours of the person's last WhatsApp message to us;
/// outside it, an approved template for the message's kind, else SMS to the same number (every
/// WhatsApp number is a phone that takes SMS).
/// </summary>
internal sealed class Routes(OutboundOptions options, bool whatsAppAvailable)
{
    public static readonly TimeSpan WhatsAppWindow = TimeSpan.FromHours(24);

    public static string Name(Route route) => route switch
    {
        Route.WhatsApp => "whatsapp",
        Route.WhatsAppTemplate => "whatsapp-template",
        _ => "sms",
    };

    public Route First(string channel, string kind, DateTimeOffset? lastWhatsAppAt, DateTimeOffset now)
    {
        if (channel != "whatsapp" || !whatsAppAvailable) return Route.Sms;
        if (lastWhatsAppAt is { } last && now - last < WhatsAppWindow) return Route.WhatsApp;
        return OutsideWindow(kind);
    }

    /// <summary>The way to try after Twilio said 63016 (outside the window); null when none is left.</summary>
    public Route? AfterOutsideWindow(Route failed, string kind) => failed switch
    {
        Route.WhatsApp => OutsideWindow(kind),
        Route.WhatsAppTemplate => Route.Sms,
        _ => null,
    };

    public string? TemplateFor(string kind) => options.Templates.GetValueOrDefault(kind);

    private Route OutsideWindow(string kind) => TemplateFor(kind) is null ? Route.Sms : Route.WhatsAppTemplate;
}
