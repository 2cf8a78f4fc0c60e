using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.Outbound;

namespace Pkkpm.Bot.Tests.Voice;

/// <summary>The "done when": a demo member's missed call reaches Twilio (the mock) as her balance SMS.</summary>
[Collection(TwilioMockCollection.Name)]
public class MissedCallSmsTests(TwilioMockFixture mock)
{
    private const string Painem = "+628123400108";

    [Fact]
    public async Task A_demo_members_call_is_rejected_and_her_balance_reaches_twilio_by_sms()
    {
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(BotApplication.RepoFolder("seeds"), Outbox.Settings(mock, twilio));

        var call = await app.Twilio.VoiceAsync(Painem);
        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0);

        Assert.True(call.Rejected, call.Body);
        var sent = Assert.Single(twilio.Received);
        Assert.Equal((Painem, Outbox.SmsFrom), (sent.To, sent.From));
        Assert.StartsWith("Ibu Painem (KPB Mawar): tabungan Rp", sent.Body);
        Assert.Contains("tunggakan", sent.Body);
        Assert.Equal(sent.Body, (await app.Twilio.SmsAsync(Painem, "saldo")).Reply);
    }
}
