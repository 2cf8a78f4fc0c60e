using Dapper;
using Pkkpm.Bot.Outbound;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Outbound;

/// <summary>What Twilio says no to: retried later with backoff, or given up at once.</summary>
[Collection(TwilioMockCollection.Name)]
public class RetryTests(TwilioMockFixture mock)
{
    private const string Sri = "+6281211110001";

    [Fact]
    public async Task Too_many_requests_is_retried_after_a_backoff()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount().Script(ScriptedReply.TooManyRequests);
        // A backoff of up to 10 minutes: the clock moves 1 s at a time while the test looks for the
        // waiting row, so a retry due within a second could come before the test saw it wait.
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio, ("Outbound:RetryBaseDelay", "00:10:00")));
        var id = await app.QueueAsync(Sri, "Struk.");

        await app.RunUntilAsync(async () => (await app.RowAsync(id)) is { Attempts: 1, ClaimedUntil: null });
        var waiting = await app.RowAsync(id);
        await app.RunUntilSentAsync(id, step: TimeSpan.FromMinutes(1));

        Assert.Equal(("queued", 20429), (waiting.Status, waiting.ErrorCode));
        Assert.Contains("429", waiting.Error);
        Assert.Equal(2, twilio.Received.Count);
        var row = await app.RowAsync(id);
        Assert.Equal(("sent", twilio.Received[1].Sid, 2, null), (row.Status, row.TwilioSid, row.Attempts, row.ErrorCode));
    }

    [Fact]
    public async Task Server_errors_until_the_last_attempt_fail_the_row_with_the_reason()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        twilio.Responder = _ => ScriptedReply.ServerError;
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        var id = await app.QueueAsync(Sri, "Struk.");

        await app.RunUntilSentAsync(id, step: TimeSpan.FromSeconds(5));

        var row = await app.RowAsync(id);
        Assert.Equal(("failed", 8, 20500), (row.Status, row.Attempts, row.ErrorCode));
        Assert.Contains("gave up after 8 attempts: HTTP 500", row.Error);
        Assert.Equal(8, twilio.Received.Count);
    }

    [Fact]
    public async Task A_request_that_times_out_is_retried()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount().Script(ScriptedReply.Hangs);
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio, ("Outbound:HttpTimeout", "00:00:05")));
        var id = await app.QueueAsync(Sri, "Struk.");

        // The clock may move while the first request hangs (that is how its timeout comes), and
        // only then: once the timeout is recorded, not while the retry is on its way.
        var timedOut = false;
        await app.RunUntilAsync(async () =>
        {
            var row = await app.RowAsync(id);
            timedOut |= row.Error is not null;
            return row.Status != "queued";
        }, mayAdvance: () => !timedOut && twilio.Hanging > 0);

        var row = await app.RowAsync(id);
        Assert.Equal(("sent", 2), (row.Status, row.Attempts));
        Assert.Equal(2, twilio.Received.Count);
        Assert.True(twilio.Received[0].Reply.Hang);
    }

    [Fact]
    public async Task Unsubscribed_fails_at_once_and_opts_the_person_out()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount().Script(ScriptedReply.Unsubscribed);
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        var id = await app.QueueAsync(Sri, "Struk.");

        await app.RunUntilSentAsync(id);

        var row = await app.RowAsync(id);
        Assert.Equal(("failed", 1, 21610), (row.Status, row.Attempts, row.ErrorCode));
        Assert.Single(twilio.Received);
        await using var connection = app.OpenDatabase();
        Assert.NotNull(await connection.ExecuteScalarAsync<string?>("select opted_out_at from people where phone = @Sri", new { Sri }));
    }

    [Fact]
    public async Task An_invalid_number_fails_at_once()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount().Script(ScriptedReply.InvalidNumber);
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        var id = await app.QueueAsync("+6281299999999", "Struk.");

        await app.RunUntilSentAsync(id);

        var row = await app.RowAsync(id);
        Assert.Equal(("failed", 1, 21211), (row.Status, row.Attempts, row.ErrorCode));
        Assert.Contains("not a valid phone number", row.Error);
        Assert.DoesNotContain("6281299999999", row.Error); // what is stored is what is logged: masked
    }

    [Theory]
    [Trait("Category", "NoDatabase")] // the same on either database: ./test.sh runs it once
    [InlineData(1, 2)]
    [InlineData(4, 16)]
    [InlineData(8, 256)]
    [InlineData(12, 600)]
    [InlineData(40, 600)]
    public void The_backoff_is_random_up_to_a_doubling_ceiling_capped_at_ten_minutes(int attempt, int ceilingSeconds)
    {
        var delays = Enumerable.Range(0, 200).Select(_ => Backoff.Delay(attempt, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10))).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromSeconds(ceilingSeconds)));
        Assert.True(delays.Distinct().Count() > 100, "full jitter spreads the retries");
    }
}
