using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Bot.Tests.Outbound;

/// <summary>
/// A message Twilio took but later reported undelivered (the phone off or gone, no WhatsApp, the
/// WhatsApp window closed) is sent again, once, by SMS.
/// </summary>
[Collection(TwilioMockCollection.Name)]
public class LateResendTests(TwilioMockFixture mock)
{
    private const string Bendahara = "+6281211110003", Sri = "+6281211110001";

    [Theory]
    [InlineData("undelivered", "30003")]
    [InlineData("undelivered", "30005")]
    [InlineData("failed", "30006")]
    public async Task A_receipt_reported_undelivered_is_sent_again_once_by_sms(string status, string code)
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        var receipt = await DepositAsync(app);

        await app.ReportAsync(receipt.TwilioSid!, "sent", Sri);
        await app.ReportAsync(receipt.TwilioSid!, status, Sri, code);
        await app.RunUntilAsync(async () => await app.CountAsync($"to_phone = '{Sri}' and status = 'sent'") == 2);
        var resend = (await ToSriAsync(app))[1];
        // The resend does not arrive either, and Twilio repeats its first report: nothing more goes.
        await app.ReportAsync(resend.TwilioSid!, "undelivered", Sri, "30003");
        await app.ReportAsync(receipt.TwilioSid!, status, Sri, code);
        await app.RunUntilAsync(() => Task.FromResult(app.Clock.GetUtcNow() > BotApplication.Start.AddMinutes(1)));

        Assert.Equal(2, (await ToSriAsync(app)).Count);
        Assert.Equal((receipt.Id, OutboundKinds.Receipt, receipt.Body, "sms"), (resend.ResendOf, resend.Kind, resend.Body, resend.SentChannel));
        var requests = twilio.Received.Where(r => r.To == Sri).ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal((receipt.Body, Outbox.SmsFrom, resend.TwilioSid), (requests[1].Body, requests[1].From, requests[1].Sid));
    }

    [Fact]
    public async Task A_whatsapp_receipt_refused_outside_the_window_later_goes_by_sms()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        await app.Twilio.WhatsAppAsync(Sri, "saldo");
        var receipt = await DepositAsync(app);

        await app.ReportAsync(receipt.TwilioSid!, "failed", "whatsapp:" + Sri, "63016");
        await app.RunUntilAsync(async () => await app.CountAsync($"to_phone = '{Sri}' and status = 'sent'") == 2);

        Assert.Equal("whatsapp", receipt.SentChannel);
        var resend = (await ToSriAsync(app))[1];
        Assert.Equal((receipt.Id, "sms"), (resend.ResendOf, resend.SentChannel));
        Assert.Equal(["whatsapp:" + Sri, Sri], twilio.Received.Select(r => r.To));
        Assert.Equal(receipt.Body, twilio.Received[1].Body);
    }

    [Fact]
    public async Task A_meeting_notice_reported_undelivered_is_sent_again_by_sms_too()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        var id = await app.QueueAsync(Sri, "Rapat KPB Mawar Senin 30/11 jam 15.00 di Rumah Bu Sri.", OutboundKinds.MeetingNotice);
        await app.RunUntilSentAsync(id);

        await app.ReportAsync((await app.RowAsync(id)).TwilioSid!, "undelivered", Sri, "30003");
        await app.RunUntilAsync(async () => await app.CountAsync("status = 'sent'") == 2);

        var resend = (await app.RowsAsync())[1];
        Assert.Equal((id, OutboundKinds.MeetingNotice, "sms"), (resend.ResendOf, resend.Kind, resend.SentChannel));
        Assert.Equal([Sri, Sri], twilio.Received.Select(r => r.To));
    }

    [Theory]
    [InlineData("undelivered", "30007")] // a carrier's filter: the same SMS would be filtered again
    [InlineData("undelivered", "30008")] // unknown: nothing says another try would do better
    [InlineData("failed", "30004")] // blocked by the recipient
    [InlineData("delivered", null)]
    public async Task Other_errors_and_deliveries_send_nothing_again(string status, string? code)
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        var id = await app.QueueAsync(Sri, "Setoran Rp50.000 diterima.", OutboundKinds.Receipt);
        await app.RunUntilSentAsync(id);

        await app.ReportAsync((await app.RowAsync(id)).TwilioSid!, status, Sri, code);
        await app.RunUntilAsync(() => Task.FromResult(app.Clock.GetUtcNow() > BotApplication.Start.AddMinutes(1)));

        Assert.Equal(status, Assert.Single(await app.RowsAsync()).DeliveryStatus);
        Assert.Single(twilio.Received);
    }

    /// <summary>The treasurer records a deposit for Sri; her receipt, once Twilio has taken it.</summary>
    private static async Task<Outbox.Row> DepositAsync(BotApplication app)
    {
        await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");
        Assert.StartsWith("Tersimpan", (await app.Twilio.SmsAsync(Bendahara, "ya")).Reply);
        await app.RunUntilAsync(async () => await app.CountAsync($"to_phone = '{Sri}' and status = 'sent'") == 1);
        var receipt = Assert.Single(await ToSriAsync(app));
        Assert.Equal(OutboundKinds.Receipt, receipt.Kind);
        return receipt;
    }

    private static Task<List<Outbox.Row>> ToSriAsync(BotApplication app) => app.RowsAsync($"where to_phone = '{Sri}'");
}
