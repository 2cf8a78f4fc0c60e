using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Health;

public class HealthTests
{
    [Fact]
    public async Task Healthz_answers_once_the_database_is_migrated()
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Production_refuses_to_start_without_an_auth_token()
    {
        await using var app = new BotApplication(settings: new() { ["Twilio:AuthToken"] = "" });
        await using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var error = BotApplication.StartFailure(production);

        Assert.Contains("Twilio__AuthToken is not set", error.ToString());
    }

    [Fact]
    public async Task Production_starts_with_a_twilio_account_and_loads_no_demo()
    {
        await using var app = new BotApplication(settings: new()
        {
            ["Seeds:Path"] = "",
            ["Twilio:AccountSid"] = "AC" + new string('a', 32),
            ["Twilio:SmsFrom"] = "+6281100000000",
        });
        await using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var client = production.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
