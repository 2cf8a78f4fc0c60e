using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.FailClosed;

/// <summary>
/// The service started as a real process, as an operator starts it. Each runs on SQLite whatever
/// the run's database (nothing here depends on it), so ./test.sh runs them once.
/// </summary>
[Trait("Category", "NoDatabase")]
public class RealStartTests
{
    [Fact]
    public async Task In_production_without_twilio_the_service_stops_with_one_line_naming_the_settings()
    {
        var (exitCode, output, errors) = await BotProcess.RunToExitAsync(new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Pkkpm.Bot cannot start: ", line);
        foreach (var setting in new[] { "Twilio__AuthToken", "Twilio__AccountSid", "Twilio__SmsFrom", "Twilio__MessagingServiceSid", "Outbound__LogOnly=true" })
            Assert.Contains(setting, line);
        Assert.DoesNotContain("   at ", output + errors); // no stack trace
    }

    [Fact]
    public async Task The_development_token_on_every_interface_stops_the_service_with_the_address()
    {
        var (exitCode, _, errors) = await BotProcess.RunToExitAsync(Development(), "--contentRoot", BotApplication.RepoFolder("src/Bot"), "--urls", "http://0.0.0.0:0");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "Pkkpm.Bot cannot start: Twilio__AuthToken is the public development token (local-development-token), which anyone can sign webhooks with, "
            + "and the service would listen on http://0.0.0.0:0, not only on loopback: listen on localhost only (ASPNETCORE_URLS, --urls, Kestrel__Endpoints__*__Url) "
            + "or set your own Twilio__AuthToken.",
            errors.Trim());
    }

    [Fact]
    public async Task The_offline_demo_runs_on_loopback_and_logs_each_receipt_in_full_as_not_sent()
    {
        await using var service = await BotProcess.StartAsync(Development(), "--contentRoot", BotApplication.RepoFolder("src/Bot"), "--urls", "http://127.0.0.1:0");
        var twilio = new TwilioSender(new HttpClient { BaseAddress = service.Address }, "local-development-token");

        await twilio.SmsAsync("+628123400103", "SETOR Painem 20rb");
        var saved = await twilio.SmsAsync("+628123400103", "ya");

        Assert.StartsWith("Tersimpan: setoran Painem Rp20.000", saved.Reply);
        await service.WaitForOutputAsync(@"Not sent \(no Twilio account\): outbox \d+ by sms to \+62\*+108: Setoran Rp20\.000 dicatat Bu Endang");
        Assert.Contains("NO MESSAGE IS SENT to anyone", service.Output);
    }

    /// <summary>As `dotnet run --project src/Bot`: Development, the token of appsettings.Development.json, the demo seeds.</summary>
    private static Dictionary<string, string> Development() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Seeds__Path"] = BotApplication.RepoFolder("seeds"),
    };
}
