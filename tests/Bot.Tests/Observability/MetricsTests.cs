using System.Net;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.Outbound;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Bot.Tests.Observability;

/// <summary>What an operator's Prometheus reads at /metrics on the management port.</summary>
[Collection(MetricsCollection.Name)]
public class MetricsTests
{
    private const string Sri = "+6281211110001", Bendahara = "+6281211110003";

    [Fact]
    public async Task Turns_are_counted_by_what_they_were_read_as_and_every_name_starts_with_pkkpm()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Sri, "saldo");
        await app.Twilio.SmsAsync(Sri, "SALDO brp bu");
        await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");
        var repeated = TwilioSender.Fields(Sri, TwilioSender.ServiceNumber, "saldo");
        await app.Twilio.PostAsync(repeated);
        await app.Twilio.PostAsync(repeated);
        await app.Twilio.SmsAsync("+6285700000000", "saldo");
        var metrics = await Scrape.MetricsAsync(app);

        Assert.Equal(3, Scrape.Value(metrics, "pkkpm_turns_total", ("intent", "Balance"), ("channel", "sms")));
        Assert.Equal(1, Scrape.Value(metrics, "pkkpm_turns_total", ("intent", "Deposit")));
        Assert.Equal(1, Scrape.Value(metrics, "pkkpm_turns_total", ("intent", "Repeated")));
        Assert.Equal(1, Scrape.Value(metrics, "pkkpm_turns_total", ("intent", "Unregistered")));
        Assert.Equal(6, Scrape.Value(metrics, "pkkpm_replies_total", ("channel", "sms")));
        Assert.Contains("pkkpm_write_queue_depth", Scrape.Names(metrics));
        Assert.Contains("pkkpm_http_server_request_duration_seconds_count", Scrape.Names(metrics));
        Assert.All(Scrape.Names(metrics), name => Assert.StartsWith("pkkpm_", name));
    }

    [Fact]
    public async Task Messages_held_back_by_a_limit_are_counted_by_limit_and_never_read()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, new() { ["Limits:MessagesPerPhonePerMinute"] = "2" });

        for (var i = 0; i < 4; i++) await app.Twilio.SmsAsync(Sri, $"saldo {i}");
        var metrics = await Scrape.MetricsAsync(app);

        Assert.Equal(2, Scrape.Value(metrics, "pkkpm_limits_hit_total", ("limit", "per_minute")));
        Assert.Equal(2, Scrape.Value(metrics, "pkkpm_turns_total", ("intent", "HeldBack")));
        Assert.Equal(2, Scrape.Value(metrics, "pkkpm_turns_total", ("intent", "Balance")));
    }

    [Fact]
    public async Task Metrics_are_served_on_loopback_only_and_never_on_the_public_port()
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        Assert.Equal("127.0.0.1", Scrape.MetricsAddress(app).Host);
        Assert.Contains("pkkpm_", await Scrape.MetricsAsync(app));
    }

    [Fact]
    public async Task The_outbox_lag_is_the_age_of_the_oldest_message_still_waiting()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, new() { ["Outbound:Enabled"] = "false", ["Management:SampleInterval"] = "00:00:00.05" });
        await app.QueueAsync(Sri, "Struk pertama.");
        await app.QueueAsync(Sri, "Pengumuman.", OutboundKinds.Broadcast);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await app.QueueAsync(Sri, "Struk kedua.");
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        var metrics = await Scrape.UntilAsync(app, m => Scrape.Value(m, "pkkpm_outbox_queued", ("queue", "personal")) == 2);

        Assert.Equal(2, Scrape.Value(metrics, "pkkpm_outbox_queued", ("queue", "personal")));
        Assert.Equal(720, Scrape.Value(metrics, "pkkpm_outbox_lag_seconds", ("queue", "personal")), tolerance: 1);
        Assert.Equal(1, Scrape.Value(metrics, "pkkpm_outbox_queued", ("queue", "bulk")));
    }
}
