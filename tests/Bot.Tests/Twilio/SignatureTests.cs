using System.Net;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Twilio;

/// <summary>Only Twilio may talk to the webhook: anything it did not sign gets 403 and no data.</summary>
public class SignatureTests
{
    private const string Member = "+628123400108";

    [Fact]
    public async Task A_signed_request_is_answered()
    {
        await using var app = new BotApplication();
        var answer = await app.Twilio.SmsAsync(Member, "saldo");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("tabungan", answer.Reply);
        Assert.True(app.Database.RequestAccesses > 0, "the count sees what a request reads");
    }

    public static TheoryData<string, Func<Dictionary<string, string>, string, (string? SignedUrl, string? Signature)>> Forgeries => new()
    {
        { "no signature", (_, _) => (null, "") },
        { "signed with another token", (fields, url) => (null, TwilioSender.Signature("not-the-token", url, fields)) },
        { "signed for another URL", (_, _) => ("https://evil.example.org/twilio/messages", null) },
        { "signature of another body", (fields, url) => (null, TwilioSender.Signature(BotApplication.AuthToken, url, new Dictionary<string, string>(fields) { ["Body"] = "menu" })) },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_forged_request_is_refused_before_the_database(string forgery, Func<Dictionary<string, string>, string, (string? SignedUrl, string? Signature)> forge)
    {
        await using var app = new BotApplication();
        var twilio = app.Twilio;
        await WaitUntilStartedAsync(app);
        var before = app.Database.RequestAccesses;

        var fields = TwilioSender.Fields(Member, TwilioSender.ServiceNumber, "saldo");
        var (signedUrl, signature) = forge(fields, "http://localhost/twilio/messages");
        var answer = await twilio.PostAsync(fields, signedUrl, signature);

        Assert.True(answer.Status == HttpStatusCode.Forbidden, forgery);
        Assert.DoesNotContain("tabungan", answer.Body);
        Assert.Equal(before, app.Database.RequestAccesses);
    }

    [Fact]
    public async Task A_body_tampered_after_signing_is_refused()
    {
        await using var app = new BotApplication();
        var fields = TwilioSender.Fields(Member, TwilioSender.ServiceNumber, "saldo");
        var signature = TwilioSender.Signature(BotApplication.AuthToken, "http://localhost/twilio/messages", fields);
        fields["From"] = "+628123400107";

        var answer = await app.Twilio.PostAsync(fields, signature: signature);

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
    }

    [Fact]
    public async Task Behind_a_proxy_the_public_url_is_the_one_checked()
    {
        const string publicBase = "https://bot.pkkpm.example/hooks";
        await using var app = new BotApplication(settings: new() { ["Twilio:PublicBaseUrl"] = publicBase });
        var fields = TwilioSender.Fields(Member, TwilioSender.ServiceNumber, "saldo");

        var signedForPublic = await app.Twilio.PostAsync(fields, signedUrl: publicBase + "/twilio/messages?kpb=1", path: "/twilio/messages?kpb=1");
        var signedForLocal = await app.Twilio.PostAsync(TwilioSender.Fields(Member, TwilioSender.ServiceNumber, "saldo"), path: "/twilio/messages?kpb=1");

        Assert.Equal(HttpStatusCode.OK, signedForPublic.Status);
        Assert.Equal(HttpStatusCode.Forbidden, signedForLocal.Status);
    }

    [Fact]
    public async Task Without_a_token_nothing_is_accepted()
    {
        await using var app = new BotApplication(settings: new() { ["Twilio:AuthToken"] = "" });
        var answer = await app.Twilio.SmsAsync(Member, "saldo");
        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
    }

    private static async Task WaitUntilStartedAsync(BotApplication app)
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
