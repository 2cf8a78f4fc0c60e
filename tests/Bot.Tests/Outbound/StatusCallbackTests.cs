using System.Net;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Twilio;

namespace Pkkpm.Bot.Tests.Outbound;

/// <summary>POST /twilio/status: Twilio's word on a sent message, only ever forward.</summary>
public class StatusCallbackTests
{
    private const string Sri = "+6281211110001";

    [Fact]
    public async Task Delivered_then_a_late_sent_stays_delivered()
    {
        await using var app = new BotApplication(settings: new() { ["Outbound:Enabled"] = "false" });
        var sid = await SentMessageAsync(app);

        var delivered = await app.Twilio.PostAsync(Callback(sid, "delivered"), path: "/twilio/status");
        var sent = await app.Twilio.PostAsync(Callback(sid, "sent"), path: "/twilio/status");
        var again = await app.Twilio.PostAsync(Callback(sid, "delivered"), path: "/twilio/status");

        Assert.All([delivered, sent, again], a => Assert.Equal(HttpStatusCode.NoContent, a.Status));
        Assert.Equal("delivered", await DeliveryStatusAsync(app, sid));
    }

    [Fact]
    public async Task Failed_with_an_error_code_is_stored()
    {
        await using var app = new BotApplication(settings: new() { ["Outbound:Enabled"] = "false" });
        var sid = await SentMessageAsync(app);

        await app.Twilio.PostAsync(Callback(sid, "sent"), path: "/twilio/status");
        await app.Twilio.PostAsync(Callback(sid, "failed", errorCode: "30003"), path: "/twilio/status");

        await using var connection = app.OpenDatabase();
        var row = await connection.QuerySingleAsync<(string, long)>("select delivery_status, error_code from outbox where twilio_sid = @sid", new { sid });
        Assert.Equal(("failed", 30003L), row);
    }

    [Fact]
    public async Task A_callback_without_a_signature_is_refused()
    {
        await using var app = new BotApplication(settings: new() { ["Outbound:Enabled"] = "false" });
        var sid = await SentMessageAsync(app);

        var answer = await app.Twilio.PostAsync(Callback(sid, "delivered"), signature: "", path: "/twilio/status");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Null(await DeliveryStatusAsync(app, sid));
    }

    [Fact]
    public async Task An_unknown_message_sid_is_answered_and_changes_nothing()
    {
        await using var app = new BotApplication(settings: new() { ["Outbound:Enabled"] = "false" });
        var sid = await SentMessageAsync(app);

        var answer = await app.Twilio.PostAsync(Callback(TwilioSender.NewSid(), "delivered"), path: "/twilio/status");

        Assert.Equal(HttpStatusCode.NoContent, answer.Status);
        Assert.Null(await DeliveryStatusAsync(app, sid));
    }

    [Theory]
    [Trait("Category", "NoDatabase")] // the same on either database: ./test.sh runs it once
    [InlineData(null, "queued", true)]
    [InlineData("queued", "sent", true)]
    [InlineData("sent", "sending", false)]
    [InlineData("delivered", "read", true)]
    [InlineData("read", "delivered", false)]
    [InlineData("delivered", "failed", false)]
    [InlineData("scheduled", "canceled", true)]
    [InlineData("canceled", "read", false)]
    [InlineData("sent", "something-new", false)]
    public void A_status_only_moves_forward(string? current, string next, bool moves) =>
        Assert.Equal(moves, StatusCallbacks.MovesForward(current, next));

    private static async Task<string> SentMessageAsync(BotApplication app)
    {
        _ = app.Services;
        var sid = TwilioSender.NewSid();
        await using var connection = app.OpenDatabase();
        await connection.ExecuteAsync("""
            insert into outbox (to_phone, channel, body, kind, status, twilio_sid, sent_channel, sent_at, created_at)
            values (@Sri, 'sms', 'Struk.', 'receipt', 'sent', @sid, 'sms', @at, @at)
            """, new { Sri, sid, at = BotApplication.Start });
        return sid;
    }

    private static async Task<string?> DeliveryStatusAsync(BotApplication app, string sid)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<string?>("select delivery_status from outbox where twilio_sid = @sid", new { sid });
    }

    private static Dictionary<string, string> Callback(string sid, string status, string? errorCode = null) =>
        StatusCallback.Fields(sid, status, Sri, errorCode);
}
