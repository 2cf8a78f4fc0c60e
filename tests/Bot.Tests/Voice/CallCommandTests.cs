using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Voice;

namespace Pkkpm.Bot.Tests.Voice;

/// <summary>`call PHONE` as a person runs it beside the service: the TwiML answer, then the outbox for PHONE.</summary>
public class CallCommandTests
{
    [Fact]
    public async Task Call_prints_the_rejection_and_the_balance_sms_queued_for_the_phone()
    {
        await using var app = new BotApplication(BotApplication.RepoFolder("seeds"));

        var (exitCode, output, errors) = await RunAsync(app, "--url", "http://localhost", "0812-3400-108");

        Assert.True(exitCode == 0, errors);
        var twiml = XDocument.Parse(output[..(output.IndexOf("</Response>", StringComparison.Ordinal) + "</Response>".Length)]);
        Assert.Equal("busy", (string?)twiml.Root!.Element("Reject")!.Attribute("reason"));
        Assert.Contains("The outbox for +628123400108, newest last:", output);
        Assert.Matches(@"\n  \d+ sms call-balance queued: Ibu Painem \(KPB Mawar\): tabungan Rp", output);
    }

    [Fact]
    public async Task Call_of_an_unknown_number_says_the_outbox_holds_nothing()
    {
        await using var app = new BotApplication(BotApplication.RepoFolder("seeds"));

        var (exitCode, output, _) = await RunAsync(app, "--url", "http://localhost", "+6285700000000");

        Assert.Equal(0, exitCode);
        Assert.Contains("<Reject reason=\"busy\"", output);
        Assert.Contains("The outbox holds nothing for +6285700000000.", output);
    }

    [Theory]
    [InlineData]
    [InlineData("+628123400108", "+628123400107")]
    public async Task Call_without_one_phone_prints_the_usage(params string[] args)
    {
        await using var app = new BotApplication(BotApplication.RepoFolder("seeds"));

        var (exitCode, _, errors) = await RunAsync(app, args);

        Assert.Equal((2, CallCommand.Usage), (exitCode, errors.Trim()));
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(BotApplication app, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Twilio:AuthToken"] = BotApplication.AuthToken,
            ["Database:Provider"] = app.Provider,
            ["ConnectionStrings:Pkkpm"] = app.ConnectionString,
        }).Build();
        using var http = app.CreateClient();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await CallCommand.RunAsync(args, configuration, http, output, errors);
        return (exitCode, output.ToString().ReplaceLineEndings("\n"), errors.ToString());
    }
}
