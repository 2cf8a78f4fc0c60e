using System.Collections.Concurrent;
using System.Diagnostics;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Observability;

/// <summary>The spans a trace collector gets: one per turn, with what it was read as and nothing personal.</summary>
public class TraceTests
{
    [Fact]
    public async Task A_turn_is_a_span_with_its_intent_and_no_phone_or_text()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Pkkpm.Bot",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var sid = "SM" + Guid.NewGuid().ToString("N");

        await app.Twilio.PostAsync(TwilioSender.Fields("+6281211110001", TwilioSender.ServiceNumber, "saldo brp", sid));

        var turn = Assert.Single(spans, span => span.OperationName == "turn" && Equals(span.GetTagItem("pkkpm.message_sid"), sid));
        Assert.Equal("Balance", turn.GetTagItem("pkkpm.intent"));
        Assert.Equal("sms", turn.GetTagItem("pkkpm.channel"));
        Assert.Equal(1, turn.GetTagItem("pkkpm.replies"));
        var everything = string.Join(" ", turn.TagObjects.Select(tag => tag.Value));
        Assert.DoesNotContain("1211110001", everything);
        Assert.DoesNotContain("saldo", everything);
    }
}
