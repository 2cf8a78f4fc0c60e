using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Bot.Tests.Outbound;

/// <summary>Free-form WhatsApp only within 24 hours of the person's last WhatsApp message to us.</summary>
[Collection(TwilioMockCollection.Name)]
public class WhatsAppWindowTests(TwilioMockFixture mock)
{
    private const string Sri = "+6281211110001";
    private const string Receipt = "Setoran Rp 50.000 diterima (kode K7Q2).";
    private static readonly string ReceiptTemplate = "HX" + new string('a', 32);

    [Fact]
    public async Task Inside_the_window_whatsapp_takes_free_form_text()
    {
        var (app, twilio, seeds) = await StartAsync(sinceLastMessage: TimeSpan.FromHours(23), ("Outbound:Templates:receipt", ReceiptTemplate));
        await using var _ = app;
        using var __ = seeds;

        var request = await SendReceiptAsync(app, twilio, "whatsapp");

        Assert.Equal(("whatsapp:" + Sri, Outbox.WhatsAppFrom, Receipt, null), (request.To, request.From, request.Body, request.ContentSid));
    }

    [Fact]
    public async Task Outside_the_window_a_template_carries_the_text()
    {
        var (app, twilio, seeds) = await StartAsync(sinceLastMessage: TimeSpan.FromHours(25), ("Outbound:Templates:receipt", ReceiptTemplate));
        await using var _ = app;
        using var __ = seeds;

        var request = await SendReceiptAsync(app, twilio, "whatsapp-template");

        Assert.Equal(("whatsapp:" + Sri, Outbox.WhatsAppFrom, ReceiptTemplate, null), (request.To, request.From, request.ContentSid, request.Body));
        Assert.Equal(new Dictionary<string, string> { ["1"] = Receipt }, request.ContentVariables);
    }

    [Fact]
    public async Task Outside_the_window_without_a_template_it_goes_by_sms()
    {
        var (app, twilio, seeds) = await StartAsync(sinceLastMessage: TimeSpan.FromHours(25), ("Outbound:Templates:tip", ReceiptTemplate));
        await using var _ = app;
        using var __ = seeds;

        var request = await SendReceiptAsync(app, twilio, "sms");

        Assert.Equal((Sri, Outbox.SmsFrom, Receipt), (request.To, request.From, request.Body));
    }

    [Fact]
    public async Task Twilio_saying_outside_the_window_sends_it_by_sms_at_once()
    {
        var (app, twilio, seeds) = await StartAsync(sinceLastMessage: TimeSpan.FromHours(1));
        await using var _ = app;
        using var __ = seeds;
        twilio.Script(ScriptedReply.OutsideWindow);

        var request = await SendReceiptAsync(app, twilio, "sms");

        Assert.Equal([$"whatsapp:{Sri}", Sri], twilio.Received.Select(r => r.To));
        Assert.Equal((Sri, Outbox.SmsFrom, Receipt), (request.To, request.From, request.Body));
    }

    /// <summary>Sri writes on WhatsApp, then <paramref name="sinceLastMessage"/> passes.</summary>
    private async Task<(BotApplication, ScriptedTwilioAccount, SeedFolder)> StartAsync(TimeSpan sinceLastMessage, params (string, string?)[] settings)
    {
        var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio, settings));
        await app.Twilio.WhatsAppAsync(Sri, "saldo");
        app.Clock.Advance(sinceLastMessage);
        return (app, twilio, seeds);
    }

    /// <summary>Queues a receipt for Sri's WhatsApp and sends it; the last request the fake got.</summary>
    private static async Task<ReceivedMessage> SendReceiptAsync(BotApplication app, ScriptedTwilioAccount twilio, string expectedChannel)
    {
        var id = await app.QueueAsync(Sri, Receipt, OutboundKinds.Receipt, channel: "whatsapp");
        await app.RunUntilSentAsync(id);
        var row = await app.RowAsync(id);
        var request = twilio.Received[^1];
        Assert.Equal(("sent", expectedChannel, request.Sid, 1), (row.Status, row.SentChannel, row.TwilioSid, row.Attempts));
        return request;
    }
}
