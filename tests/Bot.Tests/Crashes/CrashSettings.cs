using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Crashes;

/// <summary>
/// The environment of each life of the service (a production start: no ASPNETCORE_ENVIRONMENT):
/// the same database, seeds and Twilio account every time, as after a real restart; only the sender
/// number changes, so Twilio's records say which life sent what. The lease is far shorter than in
/// production, so a dead life's claims run out within the test, and the HTTP timeout half of it. A
/// send Twilio accepted but the service gave up on (a machine too busy to read the answer in time)
/// is sent again by design: a duplicate the crash did not cause, which the service logs (see
/// <see cref="Deliveries.GivenUp"/>).
/// </summary>
internal sealed class CrashSettings(ScratchDatabase database, string seedsFolder, string twilioApiBaseUrl, string accountSid, int concurrency)
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(4);

    public Dictionary<string, string> For(int life) => new()
    {
        ["Database__Provider"] = database.Provider,
        ["ConnectionStrings__Pkkpm"] = database.ConnectionString,
        ["Seeds__Path"] = seedsFolder,
        ["Twilio__AuthToken"] = BotApplication.AuthToken,
        ["Twilio__AccountSid"] = accountSid,
        ["Twilio__ApiBaseUrl"] = twilioApiBaseUrl,
        ["Twilio__SmsFrom"] = Deliveries.SenderNumber(life),
        ["Outbound__Concurrency"] = concurrency.ToString(),
        ["Outbound__Lease"] = Lease.ToString(),
        ["Outbound__HttpTimeout"] = (Lease / 2).ToString(),
        ["Outbound__PollInterval"] = "00:00:00.100",
        ["Outbound__RetryBaseDelay"] = "00:00:00.200",
        ["Outbound__SmsPerSecond"] = "0",
        ["Outbound__WhatsAppPerSecond"] = "0",
        // Nothing but what the test sends: no reminders or weekly tips in the outbox.
        ["Scheduling__Enabled"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information", // "Now listening on: ..."
        ["Logging__LogLevel__Pkkpm.Bot.Outbound.MessageDelivery"] = "Information", // "Outbox 12: attempt 1 failed ..."
        ["Logging__Console__FormatterOptions__SingleLine"] = "true",
    };
}
