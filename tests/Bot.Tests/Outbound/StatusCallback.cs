using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Outbound;

/// <summary>Twilio's StatusCallback for a message we sent, posted and signed as Twilio does.</summary>
internal static class StatusCallback
{
    /// <summary>The fields Twilio posts; <paramref name="to"/> as Twilio writes it (whatsapp:+62... on WhatsApp).</summary>
    public static Dictionary<string, string> Fields(string sid, string status, string to, string? errorCode = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["SmsSid"] = sid, ["SmsStatus"] = status, ["MessageStatus"] = status, ["To"] = to,
            ["MessageSid"] = sid, ["AccountSid"] = "AC" + new string('a', 32),
            ["From"] = to.StartsWith("whatsapp:", StringComparison.Ordinal) ? Outbox.WhatsAppFrom : TwilioSender.ServiceNumber,
            ["ApiVersion"] = "2010-04-01",
        };
        if (errorCode is not null) fields["ErrorCode"] = errorCode;
        return fields;
    }

    public static async Task ReportAsync(this BotApplication app, string sid, string status, string to, string? errorCode = null)
    {
        var answer = await app.Twilio.PostAsync(Fields(sid, status, to, errorCode), path: "/twilio/status");
        Assert.Equal(System.Net.HttpStatusCode.NoContent, answer.Status);
    }
}
