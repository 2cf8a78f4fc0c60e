using System.Net;
using System.Text.Json;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.Outbound;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Bot.Tests.Health;

/// <summary>Health says when receipts are late, and by how much; a broadcast draining for an hour is not late.</summary>
public class OutboxLagHealthTests
{
    private const string Sri = "+6281211110001";

    private sealed record Health(string Status, string Database, string Outbound, string Outbox);

    [Fact]
    public async Task A_receipt_waiting_past_the_limit_makes_health_say_the_outbox_is_late()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, new() { ["Outbound:Enabled"] = "false", ["Health:OutboxLagLimit"] = "00:10:00" });
        await app.QueueAsync(Sri, "Pengumuman.", OutboundKinds.Broadcast);
        app.Clock.Advance(TimeSpan.FromHours(1));
        var bulkOnly = await HealthAsync(app, "/healthz/outbound");
        await app.QueueAsync(Sri, "Struk.");
        app.Clock.Advance(TimeSpan.FromMinutes(9));
        var inTime = await HealthAsync(app, "/healthz/outbound");
        app.Clock.Advance(TimeSpan.FromMinutes(16));

        var late = await HealthAsync(app, "/healthz");
        var lateOutbound = await HealthAsync(app, "/healthz/outbound");

        Assert.Equal((HttpStatusCode.OK, "ok", "0 personal and 1 bulk waiting"), (bulkOnly.Status, bulkOnly.Report.Status, bulkOnly.Report.Outbox));
        Assert.Equal((HttpStatusCode.OK, "ok"), (inTime.Status, inTime.Report.Status));
        Assert.Equal((HttpStatusCode.OK, "degraded", "ok"), (late.Status, late.Report.Status, late.Report.Database));
        Assert.Equal("late: the oldest personal message has waited 25 min (1 personal and 1 bulk waiting)", late.Report.Outbox);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, lateOutbound.Status);
    }

    private static async Task<(HttpStatusCode Status, Health Report)> HealthAsync(BotApplication app, string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path);
        return (response.StatusCode, JsonSerializer.Deserialize<Health>(await response.Content.ReadAsStringAsync(), JsonSerializerOptions.Web)!);
    }
}
