using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Bot.Tests.Outbound;

[Collection(TwilioMockCollection.Name)]
public class SendingTests(TwilioMockFixture mock)
{
    private const string Sri = "+6281211110001";

    [Fact]
    public async Task A_receipt_is_sent_and_marked_with_twilios_sid()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        var id = await app.QueueAsync(Sri, "Setoran Rp 50.000 diterima (kode K7Q2).");

        await app.RunUntilSentAsync(id);

        var request = Assert.Single(twilio.Received);
        Assert.Equal((Sri, Outbox.SmsFrom, "Setoran Rp 50.000 diterima (kode K7Q2)."), (request.To, request.From, request.Body));
        var row = await app.RowAsync(id);
        Assert.Equal(("sent", request.Sid, "sms", 1), (row.Status, row.TwilioSid, row.SentChannel, row.Attempts));
    }

    [Fact]
    public async Task Every_request_matches_twilios_description()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio,
            ("Twilio:PublicBaseUrl", "https://bot.pkkpm.example"),
            ("Outbound:Templates:reminder", "HX" + new string('b', 32))));
        var inbound = TwilioSender.Fields("whatsapp:" + Sri, "whatsapp:" + TwilioSender.ServiceNumber, "saldo");
        Assert.Equal(HttpStatusCode.OK, (await app.Twilio.PostAsync(inbound, signedUrl: "https://bot.pkkpm.example/twilio/messages")).Status);
        await app.QueueAsync(Sri, "Struk lewat SMS.");
        await app.QueueAsync(Sri, "Struk lewat WhatsApp.", channel: "whatsapp");
        await app.QueueAsync("+6281211110002", "Pengingat pertemuan besok.", OutboundKinds.Reminder, "whatsapp");

        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0);

        // A request the mock refused would never reach the fake, and its row would have failed.
        var rows = await app.RowsAsync();
        Assert.All(rows, r => Assert.Equal("sent", r.Status));
        Assert.Equal(rows.Select(r => r.TwilioSid).Order(), twilio.Received.Select(r => r.Sid).Order());
        Assert.All(twilio.Received, r => Assert.Equal("https://bot.pkkpm.example/twilio/status", r.Form["StatusCallback"]));
        Assert.Equal(["sms", "whatsapp", "whatsapp-template"], rows.Select(r => r.SentChannel));
    }

    [Fact]
    public async Task A_messaging_service_sends_instead_of_a_from_number()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        var service = "MG" + new string('c', 32);
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio,
            ("Twilio:SmsFrom", null), ("Twilio:MessagingServiceSid", service)));
        var id = await app.QueueAsync(Sri, "Struk.");

        await app.RunUntilSentAsync(id);

        var request = Assert.Single(twilio.Received);
        Assert.Equal((service, null), (request.Form["MessagingServiceSid"], request.From));
        Assert.Equal("sent", (await app.RowAsync(id)).Status);
    }

    [Fact]
    [Trait("Category", "NoDatabase")] // the same on either database: ./test.sh runs it once
    public async Task The_mock_refuses_a_request_that_does_not_match_the_description()
    {
        var twilio = mock.NewAccount();
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{mock.ApiBaseUrl}/2010-04-01/Accounts/{twilio.Sid}/Messages.json")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Body"] = "no To" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{twilio.Sid}:{twilio.AuthToken}")));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Empty(twilio.Received);
    }

    [Fact]
    public async Task Without_credentials_messages_are_logged_and_marked_sent()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.WhatsAppAsync(Sri, "saldo");
        var sms = await app.QueueAsync("+6281211110002", "Struk.");
        var whatsApp = await app.QueueAsync(Sri, "Struk.", channel: "whatsapp");

        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0);

        Assert.Equal(("sent", "sms", null), ((await app.RowAsync(sms)).Status, (await app.RowAsync(sms)).SentChannel, (await app.RowAsync(sms)).TwilioSid));
        Assert.Equal(("sent", "whatsapp"), ((await app.RowAsync(whatsApp)).Status, (await app.RowAsync(whatsApp)).SentChannel));
    }
}
