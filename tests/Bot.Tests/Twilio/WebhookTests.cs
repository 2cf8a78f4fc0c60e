using System.Net;
using System.Text;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Twilio;

public class WebhookTests
{
    private const string Sri = "+6281211110001";

    [Fact]
    public async Task Answers_in_twiml_as_xml()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        using var client = app.CreateClient();
        var fields = TwilioSender.Fields(Sri, TwilioSender.ServiceNumber, "saldo");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/twilio/messages") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", TwilioSender.Signature(BotApplication.AuthToken, "http://localhost/twilio/messages", fields));

        using var response = await client.SendAsync(request);

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<?xml", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Fields_twilio_adds_later_are_ignored()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var fields = TwilioSender.Fields(Sri, TwilioSender.ServiceNumber, "saldo");
        fields["SomethingNew2027"] = "x";
        fields["MessagingServiceSid"] = "MG" + new string('0', 32);

        var answer = await app.Twilio.PostAsync(fields);

        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan", answer.Reply);
    }

    [Fact]
    public async Task WhatsApp_and_sms_reach_the_same_member()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var sms = await app.Twilio.SmsAsync(Sri, "saldo");
        var whatsapp = await app.Twilio.WhatsAppAsync(Sri, "Saldo");

        Assert.Equal(sms.Reply, whatsapp.Reply);
    }

    [Fact]
    public async Task A_body_over_64_kb_is_refused_with_413()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync(Sri, new string('a', 65 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
    }

    [Fact]
    public async Task A_body_over_64_kb_without_a_length_is_refused_too()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("Body=" + new string('a', 70 * 1024))));
        chunked.Headers.ContentType = new("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/twilio/messages") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("X-Twilio-Signature", "x");

        var answer = await app.Twilio.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
    }

    [Fact]
    public async Task A_signed_request_without_a_sender_is_a_bad_request()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var fields = TwilioSender.Fields(Sri, TwilioSender.ServiceNumber, "saldo");
        fields.Remove("From");

        var answer = await app.Twilio.PostAsync(fields);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    [Fact]
    public async Task A_repeated_message_sid_gets_the_first_answer_and_changes_nothing()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var sid = TwilioSender.NewSid();

        var first = await app.Twilio.SmsAsync(Sri, "saldo", sid);
        await AddDepositAsync(app, 100_000); // the balance changes between the two deliveries
        var again = await app.Twilio.SmsAsync(Sri, "saldo", sid);
        var fresh = await app.Twilio.SmsAsync(Sri, "saldo");

        Assert.Equal(first.Reply, again.Reply);
        Assert.NotEqual(first.Reply, fresh.Reply);
        await using var connection = app.OpenDatabase();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from inbound_messages where sid = @sid", new { sid }));
    }

    [Fact]
    public async Task The_same_message_sid_delivered_twice_at_once_is_handled_once()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var sid = TwilioSender.NewSid();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.Twilio.SmsAsync(Sri, "sado", sid)));

        Assert.All(answers, a => Assert.Equal(answers[0].Reply, a.Reply));
        await using var connection = app.OpenDatabase();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from inbound_messages where sid = @sid", new { sid }));
    }

    private static async Task AddDepositAsync(BotApplication app, long amount)
    {
        await using var connection = app.OpenDatabase();
        await connection.ExecuteAsync("""
            insert into ledger_entries (group_id, person_id, kind, amount, occurred_on, source, recorded_at)
            select m.group_id, p.id, 'setoran', @amount, @day, 'import', @at
              from people p join memberships m on m.person_id = p.id where p.phone = @Sri
            """, new { amount, Sri, day = new DateOnly(2026, 11, 27), at = BotApplication.Start });
    }
}
