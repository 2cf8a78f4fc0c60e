using Pkkpm.Bot.Outbound;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Outbound;

/// <summary>How many messages go to Twilio at once: Outbound__Concurrency, or a default that follows the throughput limits.</summary>
[Collection(TwilioMockCollection.Name)]
public class ConcurrencyTests(TwilioMockFixture mock)
{
    [Fact]
    public async Task Never_more_than_Outbound__Concurrency_messages_are_sent_at_once()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        twilio.Latency = TimeSpan.FromMilliseconds(40); // so that sends overlap
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio, ("Outbound:Concurrency", "6")));
        await app.QueueBroadcastAsync(120);

        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0);

        Assert.Equal(120, await app.CountAsync("status = 'sent'"));
        Assert.InRange(twilio.MostAtOnce, 2, 6);
    }

    [Theory]
    [InlineData(null, "0", "0", 32)]   // no limits: as many as a send's waiting can use
    [InlineData(null, "1", "10", 4)]   // the defaults: 4 per message/second of the SMS number
    [InlineData(null, "2", "0", 8)]
    [InlineData(null, "20", "50", 32)] // never more than 32 unless asked
    [InlineData(null, "0.1", "0", 4)]  // never fewer than 4
    [InlineData("12", "1", "10", 12)]  // the setting, when set
    public void Unset_the_number_at_once_follows_the_slowest_limited_sender(string? concurrency, string sms, string whatsApp, int expected)
    {
        var options = new OutboundOptions
        {
            Concurrency = concurrency is null ? null : int.Parse(concurrency),
            SmsPerSecond = double.Parse(sms, System.Globalization.CultureInfo.InvariantCulture),
            WhatsAppPerSecond = double.Parse(whatsApp, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal(expected, options.SendsAtOnce);
    }
}
