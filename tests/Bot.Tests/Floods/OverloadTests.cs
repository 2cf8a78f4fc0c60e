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

    private static async Task<bool> IsRecordedAsync(BotApplication app, string sid)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<bool>("select exists (select 1 from inbound_messages where sid = @Sid)", new { Sid = sid });
    }
}
