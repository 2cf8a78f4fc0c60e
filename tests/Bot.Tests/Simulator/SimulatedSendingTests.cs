using System.Diagnostics;
using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Pkkpm.Bot.Outbound;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Turns;
using OutboxRows = Pkkpm.Bot.Tests.Outbound.Outbox;

namespace Pkkpm.Bot.Tests.Simulator;

/// <summary>What a simulated message or missed call causes stays in the outbox: Twilio is never asked to send it.</summary>
[Collection(TwilioMockCollection.Name)]
public class SimulatedSendingTests(TwilioMockFixture mock)
{
    private const string Bendahara = "+6281211110003", Sri = "+6281211110001", Slamet = "+6281211110002";

    [Fact]
    public async Task In_production_a_simulated_deposits_receipts_are_never_handed_to_twilio()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(seeds.Path, OutboxRows.Settings(mock, twilio));
        await using var production = SimulatorBrowser.Service(app, "Production");
        using var browser = new SimulatorBrowser(production, "admin");

        await browser.WriteAsync(Bendahara, "SETOR Sri W 50rb");
        var saved = await browser.WriteAsync(Bendahara, "ya");
        // A real row queued after the receipts: once Twilio has it, the worker has been past them.
        var control = await QueueAsync(app, Slamet, "Bukan simulasi.");
        await RunUntilAsync(app, production.Services, async () => (await StatusAsync(app, control)) != "queued");

        Assert.StartsWith("Tersimpan", saved.Replies[^1]);
        var request = Assert.Single(twilio.Received);
        Assert.Equal((Slamet, "Bukan simulasi."), (request.To, request.Body));
        await using var connection = app.OpenDatabase();
        var receipts = (await connection.QueryAsync<(string Status, string Source)>(
            "select status, source_message_sid from outbox where to_phone = @Sri", new { Sri })).ToList();
        Assert.NotEmpty(receipts);
        Assert.All(receipts, r => Assert.Equal("simulated", r.Status));
        Assert.All(receipts, r => Assert.StartsWith("SIM-", r.Source));
        // The admin still sees what Sri would have received, marked as held.
        var outbox = (await browser.OpenAsync($"?nomor={Uri.EscapeDataString(Sri)}")).Outbox;
        Assert.Contains(outbox, b => b.StartsWith("struk · ditahan: simulasi, tidak dikirim") && b.Contains("Rp50.000"));
    }

    // "Miskol": a missed call through the real voice webhook (issue 14); its balance SMS is held too.
    [Fact]
    public async Task A_missed_call_in_the_simulator_is_rejected_and_its_balance_sms_is_held_never_sent()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(seeds.Path, OutboxRows.Settings(mock, twilio));
        await using var production = SimulatorBrowser.Service(app, "Production");
        using var browser = new SimulatorBrowser(production, "admin");

        var page = await browser.CallAsync(Sri);
        var control = await QueueAsync(app, Slamet, "Bukan simulasi.");
        await RunUntilAsync(app, production.Services, async () => (await StatusAsync(app, control)) != "queued");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Miskol: panggilan ditolak (sibuk), tidak dijawab", WebUtility.HtmlDecode(page.Html));
        var shown = Assert.Single(page.Outbox);
        Assert.StartsWith("saldo (miskol) · ditahan: simulasi, tidak dikirim", shown);
        Assert.Contains("Ibu Sri (KPB Mawar): tabungan Rp350.000.", shown);
        Assert.Equal((Slamet, "Bukan simulasi."), (Assert.Single(twilio.Received).To, Assert.Single(twilio.Received).Body));
        await using var connection = app.OpenDatabase();
        Assert.Equal(("simulated", OutboundKinds.CallBalance), await connection.QuerySingleAsync<(string, string)>(
            "select status, kind from outbox where to_phone = @Sri", new { Sri }));
        Assert.StartsWith("SIM-", await connection.QuerySingleAsync<string>("select call_sid from voice_calls"));
    }

    [Fact]
    public async Task With_the_spoken_balance_on_the_simulator_shows_what_the_caller_hears()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, new() { ["Voice:Answer"] = "true" });
        await using var service = SimulatorBrowser.Service(app, "Development");
        using var browser = new SimulatorBrowser(service);

        var page = await browser.CallAsync(Sri);

        var html = WebUtility.HtmlDecode(page.Html);
        Assert.Contains("Miskol: panggilan dijawab dan dibacakan: \"Ibu Sri, tabungan Ibu tiga ratus lima puluh ribu rupiah.", html);
        Assert.StartsWith("saldo (miskol) · ditahan: simulasi, tidak dikirim", Assert.Single(page.Outbox));
    }

    private static async Task<long> QueueAsync(BotApplication app, string phone, string body)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<long>("""
            insert into outbox (to_phone, channel, body, kind, priority, created_at)
            values (@phone, 'sms', @body, @kind, 0, @now) returning id
            """, new { phone, body, kind = OutboundKinds.Receipt, now = app.Clock.GetUtcNow() });
    }

    private static async Task<string> StatusAsync(BotApplication app, long id)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<string>("select status from outbox where id = @id", new { id }) ?? "";
    }

    // As Outbox.RunUntilAsync, on the derived (Production) host's sender, never starting the app's own.
    private static async Task RunUntilAsync(BotApplication app, IServiceProvider services, Func<Task<bool>> done)
    {
        var activity = services.GetRequiredService<DeliveryActivity>();
        var watch = Stopwatch.StartNew();
        while (!await done())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException("The control message was not sent.");
            if (activity.Working == 0) app.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(3);
        }
    }
}
