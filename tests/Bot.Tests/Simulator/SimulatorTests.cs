using System.Net;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Simulator;

/// <summary>The console's simulator: the real webhook's answers, recorded like any message, and who may use it.</summary>
public class SimulatorTests
{
    private const string Sri = "+6281211110001";
    private const string Banner = "Simulator: pesan tidak dikirim ke nomor sungguhan";

    [Fact]
    public async Task A_saldo_in_the_simulator_gets_the_reply_a_signed_webhook_gets()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await using var service = SimulatorBrowser.Service(app, "Development");
        using var browser = new SimulatorBrowser(service);

        var page = await browser.WriteAsync(Sri, "SALDO");
        var webhook = await new TwilioSender(service.CreateClient(), BotApplication.AuthToken).SmsAsync(Sri, "SALDO");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([webhook.Reply], page.Replies);
        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan Rp350.000.", webhook.Reply);
        Assert.Contains("1 SMS · GSM-7 · ", WebUtility.HtmlDecode(page.Html));
    }

    [Fact]
    public async Task The_simulated_message_is_recorded_once_like_any_other()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await using var service = SimulatorBrowser.Service(app, "Development");
        using var browser = new SimulatorBrowser(service);

        var page = await browser.WriteAsync(Sri, "saldo", channel: "whatsapp");

        await using var connection = app.OpenDatabase();
        var row = Assert.Single(await connection.QueryAsync<(string Sid, string Channel, string Body, string Replies)>(
            "select sid, channel, body, replies from inbound_messages where from_phone = @Sri", new { Sri }));
        Assert.StartsWith("SIM-", row.Sid);
        Assert.Equal(("whatsapp", "saldo"), (row.Channel, row.Body));
        Assert.Equal(page.Replies, System.Text.Json.JsonSerializer.Deserialize<string[]>(row.Replies));
        // Read back on the next visit, from the database alone.
        Assert.Equal(page.Replies, (await browser.OpenAsync($"?nomor={Uri.EscapeDataString(Sri)}&saluran=whatsapp")).Replies);
    }

    [Fact]
    public async Task In_development_anyone_may_use_it_and_the_banner_says_nothing_is_sent()
    {
        await using var app = new BotApplication();
        await using var service = SimulatorBrowser.Service(app, "Development");
        using var browser = new SimulatorBrowser(service);

        var page = await browser.OpenAsync();

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(Banner, page.Html);
    }

    [Fact]
    public async Task In_production_a_stranger_is_sent_to_sign_in()
    {
        await using var app = new BotApplication(settings: new() { ["Outbound:LogOnly"] = "true" });
        await using var service = SimulatorBrowser.Service(app, "Production");
        using var browser = new SimulatorBrowser(service);

        var page = await browser.OpenAsync();

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/console/masuk", page.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("pemantau")]
    [InlineData("pendamping")]
    public async Task In_production_a_signed_in_person_who_is_not_admin_is_refused(string role)
    {
        await using var app = new BotApplication(settings: new() { ["Outbound:LogOnly"] = "true" });
        await using var service = SimulatorBrowser.Service(app, "Production");
        using var browser = new SimulatorBrowser(service, role);

        var page = await browser.OpenAsync();
        var write = await browser.PostWithoutFormAsync(Sri, "SALDO");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/console", page.Location!.AbsolutePath); // the console's access-denied page
        Assert.NotEqual(HttpStatusCode.OK, write);
        await using var connection = app.OpenDatabase();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from inbound_messages"));
    }

    [Fact]
    public async Task In_production_an_admin_may_use_it_under_the_banner()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, new() { ["Outbound:LogOnly"] = "true" });
        await using var service = SimulatorBrowser.Service(app, "Production");
        using var browser = new SimulatorBrowser(service, "admin");

        var page = await browser.WriteAsync(Sri, "SALDO");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(Banner, page.Html);
        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan Rp350.000.", Assert.Single(page.Replies));
    }
}
