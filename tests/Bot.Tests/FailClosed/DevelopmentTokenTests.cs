using System.Net;
using Microsoft.AspNetCore.Hosting;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.FailClosed;

/// <summary>
/// The development token is in the repo, so anyone can sign a webhook with it: it works only in
/// Development and only while every address the service listens on is loopback.
/// </summary>
public class DevelopmentTokenTests
{
    private const string DevelopmentToken = "local-development-token";

    [Theory]
    [InlineData("urls", "http://0.0.0.0:5080", "http://0.0.0.0:5080")]
    [InlineData("urls", "http://[::]:5080", "http://[::]:5080")]
    [InlineData("urls", "http://*:5080", "http://*:5080")]
    [InlineData("urls", "http://+:5080", "http://+:5080")]
    [InlineData("urls", "http://localhost:5080;http://192.168.1.20:5080", "http://192.168.1.20:5080")]
    [InlineData("urls", "http://bot.example.org:5080", "http://bot.example.org:5080")]
    [InlineData("Kestrel:Endpoints:Lan:Url", "http://0.0.0.0:5080", "http://0.0.0.0:5080")]
    [InlineData("http_ports", "8080", "http://*:8080")]
    public void On_an_address_others_can_reach_the_development_token_stops_the_start(string key, string value, string reachable)
    {
        using var app = new BotApplication(settings: Listening((key, value)));

        var error = BotApplication.StartFailure(app).ToString();

        Assert.Contains($"Twilio__AuthToken is the public development token ({DevelopmentToken})", error);
        Assert.Contains($"the service would listen on {reachable}, not only on loopback", error);
    }

    [Theory]
    [InlineData("urls", "http://localhost:5080")]
    [InlineData("urls", "http://127.0.0.1:5080;http://[::1]:5081")]
    [InlineData("urls", "")] // Kestrel's default, http://localhost:5000
    [InlineData("Kestrel:Endpoints:Local:Url", "http://127.0.0.1:5080")]
    public async Task On_loopback_only_the_development_token_signs_local_test_messages(string key, string value)
    {
        await using var app = new BotApplication(settings: Listening((key, value)));
        var twilio = new TwilioSender(app.CreateClient(), DevelopmentToken);

        var answer = await twilio.SmsAsync("+6285700000000", "saldo");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task Outside_development_the_development_token_stops_the_start_even_on_loopback()
    {
        await using var app = new BotApplication(settings: Listening(("urls", "http://127.0.0.1:5080"), ("Outbound:LogOnly", "true")));
        await using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var error = BotApplication.StartFailure(production).ToString();

        Assert.Contains($"Twilio__AuthToken is the public development token ({DevelopmentToken}), which anyone can sign webhooks with: in Production set the account's own token", error);
    }

    /// <summary>The development token and where the service listens; the test machine's own ASPNETCORE_URLS or HTTP_PORTS left out.</summary>
    private static Dictionary<string, string?> Listening(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["Twilio:AuthToken"] = DevelopmentToken, ["urls"] = "", ["http_ports"] = "", ["https_ports"] = "" };
        foreach (var (key, value) in settings) all[key] = value;
        return all;
    }
}
