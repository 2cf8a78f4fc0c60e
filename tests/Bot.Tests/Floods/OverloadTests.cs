using System.Net;
using Dapper;
using Microsoft.Data.Sqlite;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Data;
using Pkkpm.Testing;

namespace Pkkpm.Bot.Tests.Floods;

/// <summary>
/// Past what it can answer in time the service refuses at once (503, Retry-After) rather than
/// queue: a refused message leaves nothing behind, so Twilio's next try of the same MessageSid is
/// answered as if it were the first.
/// </summary>
public class OverloadTests
{
    private const string Painem = "+628123400108", Yuli = "+628123400115";

    [Fact]
    public async Task A_webhook_past_the_turns_in_flight_gets_a_fast_503_and_its_next_try_is_answered()
    {
        await using var app = new BotApplication(settings: new() { ["Limits:TurnsInFlight"] = "1" });
        var refusedSid = TwilioSender.NewSid();
        TwilioSender.Answer? refused = null;
        // Yuli writes while Painem's turn holds the only place.
        app.Database.BeforeNextRequestWrite(async () => refused = await app.Twilio.SmsAsync(Yuli, "saldo", refusedSid));

        var painem = await app.Twilio.SmsAsync(Painem, "saldo");

        Assert.Contains("tabungan", painem.Reply);
        Assert.NotNull(refused);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.Equal("1", refused.RetryAfter);
        Assert.False(await IsRecordedAsync(app, refusedSid));
        Assert.Contains("tabungan", (await app.Twilio.SmsAsync(Yuli, "saldo", refusedSid)).Reply);
    }

    [SqliteFact]
    public async Task A_turn_the_writer_cannot_take_up_before_the_deadline_is_given_up_with_a_503_and_nothing_recorded()
    {
        await using var app = new BotApplication(settings: new() { ["Limits:TurnDeadline"] = "00:00:00.3" });
        var busy = new TaskCompletionSource();
        // Something else holds SQLite's one writer for longer than the deadline.
        var holding = app.Database.Inner.WriteAsync(async (_, _) => { await busy.Task; return 0; });
        var sid = TwilioSender.NewSid();

        var late = await app.Twilio.SmsAsync(Painem, "saldo", sid).WaitAsync(TimeSpan.FromSeconds(10));
        busy.SetResult();
        await holding;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, late.Status);
        Assert.Equal("1", late.RetryAfter);
        Assert.False(await IsRecordedAsync(app, sid));
        Assert.Contains("tabungan", (await app.Twilio.SmsAsync(Painem, "saldo", sid)).Reply);
    }

    [SqliteFact]
    public async Task A_turn_while_another_process_holds_the_database_past_the_wait_gets_a_503_and_nothing_recorded()
    {
        // The service's connections give up on a held file after 1 s of retries (30 s by default).
        await using var database = await ScratchDatabase.CreateAsync(DatabaseOptions.Sqlite);
        await using var app = new BotApplication(database: database,
            settings: new() { ["ConnectionStrings:Pkkpm"] = database.ConnectionString + ";Default Timeout=1" });
        Assert.Contains("tabungan", (await app.Twilio.SmsAsync(Painem, "saldo")).Reply);
        var sid = TwilioSender.NewSid();

        // Another process (an import) holds SQLite's write lock.
        await using (var other = new SqliteConnection(database.ConnectionString))
        {
            await other.OpenAsync();
            await using var holding = other.BeginTransaction(deferred: false);
            var refused = await app.Twilio.SmsAsync(Painem, "saldo", sid).WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
            Assert.Equal("1", refused.RetryAfter);
        }
        Assert.False(await IsRecordedAsync(app, sid));
        Assert.Contains("tabungan", (await app.Twilio.SmsAsync(Painem, "saldo", sid)).Reply);
        Assert.Contains(app.Log.Lines, l => l.Contains("The database could not take"));
    }

    /// <summary>
    /// A large import command asks the running service for SQLite's file with a locked "FILE-import"
    /// beside it (held here as the import holds it; nothing else holds the file). Meanwhile a message
    /// gets a 503 with Retry-After, /healthz says the database cannot answer and the outbox's worker
    /// warns at its poll; once the request is gone, the same message is answered.
    /// </summary>
    [SqliteFact]
    public async Task A_turn_while_an_import_asks_for_the_file_gets_a_503_and_once_it_is_done_an_answer()
    {
        await using var database = await ScratchDatabase.CreateAsync(DatabaseOptions.Sqlite);
        await using var app = new BotApplication(database: database);
        using var client = app.CreateClient();
        Assert.Contains("tabungan", (await app.Twilio.SmsAsync(Painem, "saldo")).Reply);
        var sid = TwilioSender.NewSid();

        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        await using (new FileStream(file + "-import", FileMode.Create, FileAccess.ReadWrite, FileShare.None))
        {
            var health = await WaitForHealthAsync(client, HttpStatusCode.ServiceUnavailable);
            var refused = await app.Twilio.SmsAsync(Painem, "saldo", sid);
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            var outboxWarning = await WaitForLogAsync(app, "Warning Pkkpm.Bot.Outbound.OutboundWorker: Could not look at the outbox; trying again at the next poll: the database is busy or out of reach (An import command has the database file");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, health);
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "1"), (refused.Status, refused.RetryAfter));
            // The workers find the database busy at their polls: a warning each time, not an error with its stack.
            Assert.True(outboxWarning, string.Join("\n", app.Log.Lines.Where(l => l.Contains("OutboundWorker"))));
            Assert.DoesNotContain(app.Log.Lines, l => l.StartsWith("Error Pkkpm.Bot."));
            File.Delete(file + "-import");
        }
        Assert.Equal(HttpStatusCode.OK, await WaitForHealthAsync(client, HttpStatusCode.OK));
        Assert.False(await IsRecordedAsync(app, sid));
        Assert.Contains("tabungan", (await app.Twilio.SmsAsync(Painem, "saldo", sid)).Reply);
    }

    /// <summary>The service looks for a request every 0.2 s: /healthz until it says <paramref name="wanted"/>, for 5 s at most.</summary>
    private static async Task<HttpStatusCode> WaitForHealthAsync(HttpClient client, HttpStatusCode wanted)
    {
        var status = (await client.GetAsync("/healthz")).StatusCode;
        for (var look = 0; look < 50 && status != wanted; look++)
        {
            await Task.Delay(100);
            status = (await client.GetAsync("/healthz")).StatusCode;
        }
        return status;
    }

    private static async Task<bool> WaitForLogAsync(BotApplication app, string start)
    {
        for (var look = 0; look < 50; look++)
        {
            if (app.Log.Lines.Any(l => l.StartsWith(start, StringComparison.Ordinal))) return true;
            await Task.Delay(100);
        }
        return false;
    }

    private static async Task<bool> IsRecordedAsync(BotApplication app, string sid)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<bool>("select exists (select 1 from inbound_messages where sid = @Sid)", new { Sid = sid });
    }
}
