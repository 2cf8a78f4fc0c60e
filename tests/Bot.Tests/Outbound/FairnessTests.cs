using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Bot.Tests.Outbound;

/// <summary>A person's own business first; bulk never to someone who opted out.</summary>
[Collection(TwilioMockCollection.Name)]
public class FairnessTests(TwilioMockFixture mock)
{
    private const string Sri = "+6281211110001";

    [Fact]
    public async Task An_opted_out_person_gets_receipts_but_no_bulk()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        _ = app.Services;
        await using (var connection = app.OpenDatabase())
            await connection.ExecuteAsync("update people set opted_out_at = @Now where phone = @Sri", new { Sri, Now = app.Clock.GetUtcNow() });
        var broadcast = await app.QueueAsync(Sri, "Siaran pendamping.", OutboundKinds.Broadcast);
        var tip = await app.QueueAsync(Sri, "Tips usaha.", OutboundKinds.Tip);
        var receipt = await app.QueueAsync(Sri, "Struk setoran.", OutboundKinds.Receipt);

        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0);

        Assert.Equal(["skipped", "skipped", "sent"], (await app.RowsAsync()).Select(r => r.Status));
        Assert.Equal("Struk setoran.", Assert.Single(twilio.Received).Body);
        Assert.Equal("opted out", (await app.RowAsync(broadcast)).Error);
        Assert.Equal("skipped", (await app.RowAsync(tip)).Status);
        Assert.Equal("sent", (await app.RowAsync(receipt)).Status);
    }

    [Fact]
    public async Task A_receipt_goes_before_a_broadcast_queued_earlier()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio, ("Outbound:SmsPerSecond", "1")));
        await app.QueueBroadcastAsync(300);
        await app.RunUntilAsync(async () => { await Task.CompletedTask; return twilio.Received.Count >= 5; });

        var before = twilio.Received.Count;
        var receipt = await app.QueueAsync(Sri, "Struk setoran.");
        await app.RunUntilSentAsync(receipt);

        // Only rows already claimed (at most Outbound__Concurrency, 4) may go between.
        var at = twilio.Received.ToList().FindIndex(r => r.Body == "Struk setoran.");
        Assert.InRange(at - before, 0, 4);
        Assert.True(await app.CountAsync("status = 'queued'") > 250);
    }
}
