using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.FailClosed;

/// <summary>
/// Outside Development the service sends for real, or says it does not: it never logs receipts
/// as sent while they go nowhere.
/// </summary>
public class ProductionSendingTests
{
    private const string Bendahara = "+6281211110003", Sri = "+6281211110001";
    private const string AccountSid = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    [Theory]
    [InlineData("Production", null, null, "Twilio__AccountSid is not set, so no message could be sent")]
    [InlineData("Production", null, "+6281100000000", "Twilio__AccountSid is not set, so no message could be sent")]
    [InlineData("Production", AccountSid, null, "Twilio__SmsFrom or Twilio__MessagingServiceSid must be set")]
    [InlineData("Staging", null, "+6281100000000", "Twilio__AccountSid is not set, so no message could be sent")]
    public async Task Without_an_account_and_a_sender_the_service_refuses_to_start(string environment, string? accountSid, string? smsFrom, string reason)
    {
        await using var app = new BotApplication(settings: new() { ["Twilio:AccountSid"] = accountSid, ["Twilio:SmsFrom"] = smsFrom });
        await using var deployed = app.WithWebHostBuilder(b => b.UseEnvironment(environment));

        var error = BotApplication.StartFailure(deployed).ToString();

        Assert.Contains(reason, error);
        // Without an account the operator may have meant not to send at all: the refusal says how.
        if (accountSid is null) Assert.Contains("or set Outbound__LogOnly=true to send nothing", error);
    }

    [Fact]
    public async Task With_an_account_and_a_sender_production_starts()
    {
        await using var app = new BotApplication(settings: new()
        {
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:MessagingServiceSid"] = "MG" + new string('c', 32),
        });
        await using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var client = production.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task With_LogOnly_production_starts_without_an_account_and_logs_a_receipt_masked_and_says_nothing_is_sent()
    {
        using var seeds = SeedFolder.Mawar();
        var log = new CapturedLog();
        await using var app = new BotApplication(seeds.Path, new() { ["Outbound:LogOnly"] = "true" });
        await using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production").ConfigureLogging(l => l.AddProvider(log)));
        var twilio = new TwilioSender(production.CreateClient(), BotApplication.AuthToken);

        await twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");
        Assert.StartsWith("Tersimpan", (await twilio.SmsAsync(Bendahara, "ya")).Reply);
        var receipt = Assert.Single(await app.OutboxAsync(Sri)).Body;
        var logged = await Eventually.UntilAsync(app, () => Task.FromResult(log.Lines.Where(l => l.Contains("Not sent")).ToList()), l => l.Count > 0, TimeSpan.FromSeconds(1));

        Assert.Contains(log.Lines, l => l.StartsWith("Warning") && l.Contains("Outbound__LogOnly=true: NO MESSAGE IS SENT to anyone"));
        Assert.Matches($@"^Information .*LogMessageSender: Not sent \(Outbound__LogOnly\): outbox \d+ by sms to \+62\*+001, text of {receipt.Length} characters, hash [0-9a-f]{{8}}$", Assert.Single(logged));
        var everything = string.Join("\n", log.Lines);
        Assert.Contains("Rp50.000", receipt);
        foreach (var secret in new[] { Sri, Sri.TrimStart('+'), "0" + Sri[3..], receipt, "Rp50.000", "SALAH " + Books.CodeIn(receipt) })
            Assert.DoesNotContain(secret, everything);
    }
}
