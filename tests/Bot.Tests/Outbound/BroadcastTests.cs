using System.Diagnostics;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pkkpm.Bot.Tests.Outbound;

/// <summary>Whole broadcasts: every row sent, once, even across a stop in the middle.</summary>
[Collection(TwilioMockCollection.Name)]
public class BroadcastTests(TwilioMockFixture mock, ITestOutputHelper output)
{
    [Fact]
    public async Task A_stop_mid_broadcast_loses_nothing_and_repeats_only_what_was_in_flight()
    {
        using var seeds = SeedFolder.Mawar();
        await using var database = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider);
        var twilio = mock.NewAccount();
        twilio.Latency = TimeSpan.FromMilliseconds(20); // so that some sends are in flight at the stop
        const int recipients = 200;
        var settings = Outbox.Settings(mock, twilio, ("Outbound:Concurrency", "4"));
        await using (var first = new BotApplication(seeds.Path, settings, database))
        {
            await first.QueueBroadcastAsync(recipients);
            await first.RunUntilAsync(() => Task.FromResult(twilio.Received.Count >= 60));
        }
        var (sentBefore, inFlight) = await CountAsync(database);

        await using (var second = new BotApplication(seeds.Path, settings, database))
            await second.RunUntilAsync(async () => await second.CountAsync("status = 'queued'") == 0, step: TimeSpan.FromSeconds(5));

        var requests = twilio.Received.GroupBy(r => r.Body).ToDictionary(g => g.Key!, g => g.Count());
        var duplicates = requests.Values.Sum(n => n - 1);
        output.WriteLine($"stopped with {sentBefore} sent and {inFlight} in flight; {duplicates} sent twice");
        Assert.InRange(sentBefore, 1, recipients - 1);
        Assert.Equal(recipients, requests.Count);
        Assert.Equal((recipients, 0), await CountAsync(database));
        Assert.InRange(inFlight, 0, 4); // Outbound__Concurrency
        Assert.InRange(duplicates, 0, inFlight);
    }

    [Fact]
    public async Task A_broadcast_of_2700_without_throughput_limits_is_sent_once_each()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        await app.QueueBroadcastAsync(2700);

        var watch = Stopwatch.StartNew();
        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0, within: TimeSpan.FromMinutes(2));
        watch.Stop();

        output.WriteLine($"2,700 messages through the Twilio mock in {watch.Elapsed.TotalSeconds:0.0} s ({2700 / watch.Elapsed.TotalSeconds:0} per second)");
        Assert.Equal(2700, await app.CountAsync("status = 'sent' and twilio_sid is not null"));
        Assert.Equal(2700, twilio.Received.Select(r => r.Body).Distinct().Count());
        Assert.Equal(2700, twilio.Received.Count);
    }

    /// <summary>Rows sent, and rows claimed but not recorded (in flight when the app stopped).</summary>
    private static async Task<(int Sent, int InFlight)> CountAsync(ScratchDatabase database)
    {
        await using var connection = database.Connect();
        var (sent, inFlight) = await connection.QuerySingleAsync<(long, long)>("""
            select count(*) filter (where status = 'sent'), count(*) filter (where status = 'queued' and claimed_until is not null) from outbox
            """);
        return ((int)sent, (int)inFlight);
    }
}
