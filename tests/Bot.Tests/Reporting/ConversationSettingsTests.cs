using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>Wrong conversation settings stop the service at start, not a member's message later.</summary>
public class ConversationSettingsTests
{
    [Theory]
    [InlineData("Conversations:ReminderHour", "24", "Conversations__ReminderHour must be an hour from 0 to 23")]
    [InlineData("Conversations:ReminderHour", "-1", "Conversations__ReminderHour must be an hour from 0 to 23")]
    [InlineData("Conversations:PendingLifetime", "00:00:00", "Conversations__PendingLifetime and Conversations__MaxAmountPerEntry must be positive")]
    public void A_wrong_setting_stops_the_start(string key, string value, string message)
    {
        using var app = new BotApplication(settings: new() { [key] = value });

        var error = BotApplication.StartFailure(app);

        Assert.Contains(message, error.ToString());
    }
}
