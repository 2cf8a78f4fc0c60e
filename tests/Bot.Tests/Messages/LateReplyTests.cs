using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Messages;

/// <summary>
/// Twilio waits 15 s for the answer to a message and then drops it. A turn committed later than
/// Limits__LateReplyAfter (10 s) after its message came (the writer held by a large import in
/// another process, a stalled disk) sends its replies as messages in the same commit and answers
/// Twilio with none, so the person gets her answer once either way. The delay is made here by the
/// test's clock moving on between the turn's decision and its commit.
/// </summary>
public class LateReplyTests
{
    private const string Sri = "+6281211110001";

    [Fact]
    public async Task A_saldo_committed_eleven_seconds_late_is_sent_as_a_message_and_a_second_delivery_adds_nothing()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var onTime = (await app.Twilio.SmsAsync(Sri, "SALDO")).Reply;
        var sid = TwilioSender.NewSid();

        app.Database.BeforeNextRequestWrite(() => { app.Clock.Advance(TimeSpan.FromSeconds(11)); return Task.CompletedTask; });
        var late = await app.Twilio.SmsAsync(Sri, "SALDO", sid);
        var again = await app.Twilio.SmsAsync(Sri, "SALDO", sid);

        Assert.Empty(late.Replies);
        Assert.Empty(again.Replies);
        var sent = Assert.Single(await app.OutboxAsync(Sri), r => r.Kind == "late-reply");
        Assert.Equal(onTime, sent.Body);
        await using var connection = app.OpenDatabase();
        Assert.Equal(("sms", sid), await connection.QuerySingleAsync<(string, string)>(
            "select channel, source_message_sid from outbox where kind = 'late-reply'"));
    }

    [Fact]
    public async Task A_late_whatsapp_reply_goes_back_on_whatsapp()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        app.Database.BeforeNextRequestWrite(() => { app.Clock.Advance(TimeSpan.FromSeconds(30)); return Task.CompletedTask; });
        var late = await app.Twilio.WhatsAppAsync(Sri, "saldo");

        Assert.Empty(late.Replies);
        await using var connection = app.OpenDatabase();
        var (channel, body) = await connection.QuerySingleAsync<(string, string)>("select channel, body from outbox where kind = 'late-reply'");
        Assert.Equal("whatsapp", channel);
        Assert.Contains("tabungan", body);
    }

    [Fact]
    public async Task A_turn_committed_within_the_time_is_answered_to_twilio_as_ever()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        app.Database.BeforeNextRequestWrite(() => { app.Clock.Advance(TimeSpan.FromSeconds(9)); return Task.CompletedTask; });
        var answer = await app.Twilio.SmsAsync(Sri, "SALDO");

        Assert.Contains("tabungan", answer.Reply);
        Assert.DoesNotContain(await app.OutboxAsync(Sri), r => r.Kind == "late-reply");
    }
}
