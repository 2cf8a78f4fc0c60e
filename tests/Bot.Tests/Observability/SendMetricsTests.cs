using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.Outbound;

namespace Pkkpm.Bot.Tests.Observability;

/// <summary>Sends counted as Twilio answered them, through Twilio's own description of its API.</summary>
[Collection(MetricsCollection.Name)]
public class SendMetricsTests(TwilioMockFixture mock)
{
    [Fact]
    public async Task Messages_taken_and_refused_by_twilio_are_counted_with_its_error_code()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount().Script(ScriptedReply.Created, ScriptedReply.InvalidNumber);
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        var sent = await app.QueueAsync("+6281211110001", "Struk.");
        await app.RunUntilSentAsync(sent);
        var refused = await app.QueueAsync("+6281299999999", "Struk.");
        await app.RunUntilSentAsync(refused);

        var metrics = await Scrape.MetricsAsync(app);

        Assert.Equal(1, Scrape.Value(metrics, "pkkpm_messages_sent_total", ("route", "sms")));
        Assert.Equal(1, Scrape.Value(metrics, "pkkpm_send_failures_total", ("route", "sms"), ("code", "21211")));
    }
}
