using System.Net;
using System.Text.Json;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Outbound;

/// <summary>
/// Twilio refusing our account (401, 403, 404) is no message's fault: sending pauses, every message
/// stays queued, one is tried each minute, health says why, and sending resumes by itself.
/// </summary>
[Collection(TwilioMockCollection.Name)]
public class SendingPauseTests(TwilioMockFixture mock)
{
    private static readonly string[] Members = ["+6281211110001", "+6281211110002", "+6281211110004"];

    [Fact]
    public async Task A_rotated_auth_token_pauses_sending_and_a_working_one_resumes_it()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        twilio.AuthToken = "rotated-in-the-console-0123456789"; // the service still has the old one
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        foreach (var phone in Members) await app.QueueAsync(phone, "Setoran Rp50.000 diterima (kode K7QA).");

        // Paused, and the sends that were already in flight have been refused and put back too.
        await app.RunUntilAsync(async () => (await HealthAsync(app, "/healthz")).Report.Status == "degraded"
                                            && await app.CountAsync("claimed_until is not null") == 0);
        var pausedAt = app.Clock.GetUtcNow();
        var refused = twilio.Received.Count;
        var (healthStatus, health) = await HealthAsync(app, "/healthz");
        var (outboundStatus, _) = await HealthAsync(app, "/healthz/outbound");
        var rows = await app.RowsAsync();
        // Nothing is tried again within the minute...
        await app.RunUntilAsync(() => Task.FromResult(app.Clock.GetUtcNow() >= pausedAt.AddSeconds(58)));
        var withinTheMinute = twilio.Received.Count;
        // ...then one message is, and is refused too.
        await app.RunUntilAsync(() => Task.FromResult(twilio.Received.Count > refused));
        var triedAfter = app.Clock.GetUtcNow() - pausedAt;
        await app.RunUntilAsync(() => Task.FromResult(app.Clock.GetUtcNow() >= pausedAt.AddSeconds(100)));
        var afterOneTry = twilio.Received.Count;
        var stillQueued = await app.CountAsync("status = 'queued'");
        twilio.AuthToken = BotApplication.AuthToken; // the token is set back (or the service gets the new one)
        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0);

        Assert.InRange(refused, 1, Members.Length);
        Assert.All(twilio.Received.Take(refused), r => Assert.Equal(401, r.Reply.Status));
        Assert.Equal(HttpStatusCode.OK, healthStatus); // a load balancer keeps sending webhooks: replies still work
        Assert.Equal(("ok", "Twilio paused: HTTP 401 Twilio 20003: Authenticate"), (health.Database, health.Outbound));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, outboundStatus);
        Assert.All(rows, r => Assert.Equal(("queued", 0, 20003), (r.Status, r.Attempts, r.ErrorCode)));
        Assert.All(rows.Where(r => r.Error is not null), r => Assert.StartsWith("sending paused: HTTP 401 Twilio 20003", r.Error));
        Assert.Equal(refused, withinTheMinute);
        // Not before the minute; the test's clock keeps moving, a second a step, while the worker
        // wakes, which on a loaded machine takes a few steps.
        Assert.InRange(triedAfter, TimeSpan.FromSeconds(59), TimeSpan.FromSeconds(90));
        Assert.Equal((refused + 1, Members.Length), (afterOneTry, stillQueued));
        var sent = await app.RowsAsync();
        Assert.All(sent, r => Assert.Equal(("sent", 1, null), (r.Status, r.Attempts, r.ErrorCode)));
        Assert.Equal(Members.Order(), twilio.Received.Where(r => r.Sid is not null).Select(r => r.To).Order());
        Assert.Equal((HttpStatusCode.OK, "ok", "sending"), await StatusAsync(app, "/healthz/outbound"));
    }

    [Theory]
    [InlineData(401, "HTTP 401 Twilio 20003: Authenticate")]
    [InlineData(403, "HTTP 403 Twilio 20005: Account not active")]
    [InlineData(404, "HTTP 404 Twilio 20404: The requested resource was not found")]
    public async Task Twilio_refusing_the_account_keeps_messages_queued_until_it_answers_again(int status, string reason)
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        var refusal = new[] { ScriptedReply.Unauthorized, ScriptedReply.AccountSuspended, ScriptedReply.NoSuchAccount }.Single(r => r.Status == status);
        twilio.Responder = _ => refusal;
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        foreach (var phone in Members) await app.QueueAsync(phone, "Struk.");

        await app.RunUntilAsync(async () => (await HealthAsync(app, "/healthz")).Report.Status == "degraded");
        var (_, health) = await HealthAsync(app, "/healthz");
        var queued = await app.CountAsync("status = 'queued'");
        twilio.Responder = null;
        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0);

        Assert.Equal("Twilio paused: " + reason, health.Outbound);
        Assert.Equal(Members.Length, queued);
        Assert.Equal(Members.Length, await app.CountAsync("status = 'sent'"));
        Assert.Equal("ok", (await HealthAsync(app, "/healthz")).Report.Status);
    }

    [Fact]
    public async Task A_message_twilio_refuses_for_itself_is_no_pause()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        twilio.Responder = form => form["To"] == "+6281299999999" ? ScriptedReply.InvalidNumber : null;
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        var invalid = await app.QueueAsync("+6281299999999", "Struk.");
        var valid = await app.QueueAsync(Members[0], "Struk.");

        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0);

        Assert.Equal(("failed", "sent"), ((await app.RowAsync(invalid)).Status, (await app.RowAsync(valid)).Status));
        Assert.Equal((HttpStatusCode.OK, "ok", "sending"), await StatusAsync(app, "/healthz/outbound"));
    }

    internal sealed record Health(string Status, string Database, string Outbound);

    private static async Task<(HttpStatusCode Status, Health Report)> HealthAsync(BotApplication app, string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path);
        var report = JsonSerializer.Deserialize<Health>(await response.Content.ReadAsStringAsync(), JsonSerializerOptions.Web)!;
        return (response.StatusCode, report);
    }

    private static async Task<(HttpStatusCode, string, string)> StatusAsync(BotApplication app, string path)
    {
        var (status, report) = await HealthAsync(app, path);
        return (status, report.Status, report.Outbound);
    }
}
