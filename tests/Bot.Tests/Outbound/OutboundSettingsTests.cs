using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Outbound;

/// <summary>Wrong sending settings stop the service at start, with the setting's name.</summary>
public class OutboundSettingsTests
{
    [Theory]
    [InlineData("Outbound:Templates:receipt", "HX123", "Outbound__Templates__receipt must be a ContentSid")]
    [InlineData("Outbound:MaxAttempts", "0", "Outbound__MaxAttempts must be at least 1")]
    [InlineData("Outbound:Concurrency", "64", "Outbound__Concurrency is too high")]
    [InlineData("Twilio:SmsFrom", "0811000000", "Twilio__SmsFrom must be an E.164 number")]
    [InlineData("Twilio:SmsFrom", null, "Twilio__SmsFrom or Twilio__MessagingServiceSid must be set")]
    public void A_wrong_setting_stops_the_start(string key, string? value, string message)
    {
        using var app = new BotApplication(settings: new()
        {
            ["Twilio:AccountSid"] = "AC" + new string('a', 32),
            ["Twilio:SmsFrom"] = "+6281100000000",
            [key] = value,
        });

        var error = BotApplication.StartFailure(app);

        Assert.Contains(message, error.ToString());
    }
}
