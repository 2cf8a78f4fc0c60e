using Dapper;
using System.Diagnostics;
using Pkkpm.Bot.Tests.Infrastructure;
using Xunit.Abstractions;
using static Pkkpm.Bot.Tests.Crashes.CrashGroups;

namespace Pkkpm.Bot.Tests.Crashes;

/// <summary>
/// The service as a real process, killed with SIGKILL in the middle of a burst of deposit
/// confirmations and a broadcast, then started again on the same database, three times at seeded
/// random moments (on the run's database: ./test.sh runs this on SQLite and on PostgreSQL). What a
/// treasurer was told is saved is in the books exactly once; what nobody was told is saved whole
/// or not at all; Twilio's retry of a message gets the first answer and changes nothing; no
/// receipt or notice is lost, and a duplicate only comes from a send the crash caught in flight.
/// </summary>
public class CrashTests(ITestOutputHelper output)
{
    private const int Kills = 3;
    private const int Concurrency = 4;

    [Fact]
    public async Task Killed_during_a_burst_no_answered_deposit_is_lost_or_doubled_and_no_queued_message_is_lost()
    {
        // PKKPM_CRASH_SEED replays a run's kill moments (the timing around them is the machine's).
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PKKPM_CRASH_SEED"), out var given) ? given : Random.Shared.Next(1_000_000);
        var random = new Random(seed);
        output.WriteLine($"{BotApplication.DefaultProvider}, seed {seed}");
        using var seeds = CrashGroups.Seeds();
        await using var database = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider);
        await using var twilio = await ScriptedTwilio.StartAsync();
        var account = twilio.NewAccount(BotApplication.AuthToken);
        account.Latency = TimeSpan.FromMilliseconds(5); // sends take a moment, so some are in flight at each kill
        var settings = new CrashSettings(database, seeds.Path, twilio.BaseUrl, account.Sid, Concurrency);
        var exchanges = new List<Exchange>();
        var givenUp = new Dictionary<int, IReadOnlySet<long>>();

        ServiceLife? service = await StartAsync(settings, life: 1);
        try
        {
            for (var life = 1; life <= Kills; life++)
            {
                var traffic = new Traffic(service.Twilio, life, seed);
                var burst = traffic.RunAsync();
                var (answers, delay) = (random.Next(5, Traffic.Requests - 5), random.Next(0, 150));
                await KillAsync(service, traffic, burst, answers, delay);
                await burst;
                givenUp[life] = Deliveries.GivenUp(service.Lines);
                await service.DisposeAsync();
                service = null;
                exchanges.AddRange(traffic.Exchanges);

                var watch = Stopwatch.StartNew();
                service = await StartAsync(settings, life + 1);
                var started = watch.Elapsed;
                var unanswered = await CheckAfterRestartAsync(database, service.Twilio, traffic.Exchanges);
                output.WriteLine($"life {life}: killed {delay} ms after answer {answers}, {traffic.Exchanges.Count} messages, " +
                                 $"{traffic.Exchanges.Count(e => e.AnsweredFirstTime)} answered; of the rest {unanswered} were recorded before the kill; " +
                                 $"restarted in {started.TotalSeconds:0.0} s, checked and retried in {(watch.Elapsed - started).TotalSeconds:0.0} s");
            }

            await AssertLedgerAsync(database, exchanges);
            var drain = Stopwatch.StartNew();
            var books = await DrainAsync(database, TimeSpan.FromSeconds(30));
            givenUp[Kills + 1] = Deliveries.GivenUp(service.Lines);
            var resent = Deliveries.AssertSentWithinTheWindow(books, account.Received, givenUp, Concurrency);
            output.WriteLine($"{books.Outbox.Count} queued messages all sent (in {drain.Elapsed.TotalSeconds:0.0} s more); " +
                             $"sent again after each kill: {string.Join(", ", resent.Values)}; " +
                             $"given up and tried again by the service (Twilio too slow to answer): {givenUp.Values.Sum(g => g.Count)}");
        }
        catch (Exception) when (Log(service))
        {
            throw;
        }
        finally
        {
            if (service is not null) await service.DisposeAsync();
        }
    }

    /// <summary>
    /// The kill's moment: <paramref name="delay"/> ms after the service has answered
    /// <paramref name="answers"/> messages of the burst. Counted in answers, not time from the start,
    /// so it falls in the middle of the burst however slowly a busy machine runs the service.
    /// </summary>
    private static async Task KillAsync(ServiceLife service, Traffic traffic, Task burst, int answers, int delay)
    {
        var watch = Stopwatch.StartNew();
        while (traffic.Answered < answers && !burst.IsCompleted && watch.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(5);
        await Task.Delay(delay);
        service.Process.Kill();
    }

    private static async Task<ServiceLife> StartAsync(CrashSettings settings, int life)
    {
        var process = await BotProcess.StartAsync(settings.For(life), "--urls", "http://127.0.0.1:0");
        var service = new ServiceLife(process);
        await service.WaitUntilHealthyAsync();
        return service;
    }

    /// <summary>
    /// Right after a restart: nothing half-recorded; every answered message in the books with its
    /// answer; then Twilio's retries, of answered messages (same answer, nothing recorded again) and
    /// of unanswered ones (the stored answer if it was recorded, else handled now). Returns how many
    /// unanswered messages had been recorded: the crash fell between the commit and the answer.
    /// </summary>
    private static async Task<int> CheckAfterRestartAsync(ScratchDatabase database, TwilioSender twilio, IReadOnlyCollection<Exchange> exchanges)
    {
        var books = await ReadAsync(database);
        WholeTurns.AssertNothingHalf(books);
        Assert.All(exchanges, e => Assert.Null(e.Refused));
        var answered = exchanges.Where(e => e.Answer is not null).ToList();
        var unanswered = exchanges.Where(e => e.Answer is null).ToList();
        foreach (var exchange in answered) WholeTurns.AssertHandled(books, exchange, exchange.Answer!.Replies);
        foreach (var exchange in unanswered) WholeTurns.AssertAllOrNothing(books, exchange);

        var retries = await Task.WhenAll(answered.Select(e => Traffic.PostAsync(twilio, e)));
        for (var i = 0; i < answered.Count; i++)
            Assert.True(retries[i]?.Replies.SequenceEqual(answered[i].Answer!.Replies) == true,
                $"Twilio's retry of {answered[i]} got {retries[i]?.Status} '{retries[i]?.Body}'");
        Assert.Equal(books.Counts, (await ReadAsync(database)).Counts);

        var recordedUnanswered = unanswered.Count(e => books.Replies.ContainsKey(e.Sid));
        foreach (var exchange in unanswered)
        {
            var retry = await Traffic.PostAsync(twilio, exchange);
            Assert.True(retry?.Status == System.Net.HttpStatusCode.OK, $"Twilio's retry of {exchange} got {retry?.Status}");
            if (books.Replies.TryGetValue(exchange.Sid, out var stored)) Assert.Equal(stored, retry!.Replies);
            exchange.Answer = retry;
        }
        var retried = await ReadAsync(database);
        WholeTurns.AssertNothingHalf(retried);
        foreach (var exchange in unanswered) WholeTurns.AssertHandled(retried, exchange, exchange.Answer!.Replies);
        return recordedUnanswered;
    }

    /// <summary>Every message has its answer now; the ledger holds exactly the deposits of the YA that said "Tersimpan".</summary>
    private static async Task AssertLedgerAsync(ScratchDatabase database, IReadOnlyList<Exchange> exchanges)
    {
        var books = await ReadAsync(database);
        var recorded = exchanges.Where(e => e.Recorded).ToList();
        Assert.Equal(recorded.Sum(e => e.Deposits.Count), books.Entries.Count);
        var expected = recorded.SelectMany(e => e.Deposits).GroupBy(d => d.Phone).ToDictionary(g => g.Key, g => g.Sum(d => d.Amount));
        var saved = books.Entries.GroupBy(e => e.Phone).ToDictionary(g => g.Key, g => g.Sum(e => e.Amount));
        Assert.Equal(expected.OrderBy(p => p.Key), saved.OrderBy(p => p.Key));
        Assert.Equal(exchanges.Count(e => e.Broadcast), books.Broadcasts.Count);
    }

    /// <summary>Waits until the last life has sent every queued message (claims of the dead lives run out first).</summary>
    private static async Task<Snapshot> DrainAsync(ScratchDatabase database, TimeSpan within)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var books = await ReadAsync(database);
            var queued = books.Outbox.Count(r => r.Status == "queued");
            if (queued == 0) return books;
            if (watch.Elapsed > within) throw new TimeoutException($"{queued} messages still queued after {within.TotalSeconds} s");
            await Task.Delay(200);
        }
    }

    private static async Task<Snapshot> ReadAsync(ScratchDatabase database)
    {
        await using var connection = database.Connect();
        await connection.OpenAsync();
        // A broadcast's rows are added after its YA, in batches: a kill may leave one half-expanded,
        // and the restarted service finishes it. A broadcast is whole once that is done.
        var watch = Stopwatch.StartNew();
        while (await connection.ExecuteScalarAsync<long>("select count(*) from broadcasts where fanned_out_at is null") > 0 && watch.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(20);
        return await Snapshot.ReadAsync(connection);
    }

    private bool Log(ServiceLife? service)
    {
        if (service is not null) output.WriteLine($"The service's last output:\n{string.Join('\n', service.Lines.TakeLast(100))}");
        return false;
    }
}
