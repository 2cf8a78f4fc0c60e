using Microsoft.Extensions.DependencyInjection;
using System.Xml.Linq;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Twilio;

/// <summary>Whatever a reply holds, Twilio gets well-formed TwiML that says exactly that.</summary>
public class TwimlTests
{
    [Theory]
    [Trait("Category", "NoDatabase")] // the same on either database: ./test.sh runs it once
    [InlineData("a < b & c > d", "a < b & c > d")]
    [InlineData("end ]]> of cdata", "end ]]> of cdata")]
    [InlineData("<Message>nested</Message>", "<Message>nested</Message>")]
    [InlineData("emoji \U0001F600 ok", "emoji \U0001F600 ok")]
    [InlineData("bell\u0007 and nul\u0000 and esc\u001B", "bell and nul and esc")]
    [InlineData("line one\nline two", "line one\nline two")]
    public async Task Reply_text_survives_the_xml(string text, string expected) =>
        Assert.Equal(expected, await RoundTripAsync(text));

    [Fact]
    [Trait("Category", "NoDatabase")] // the same on either database: ./test.sh runs it once
    public async Task A_lone_surrogate_is_dropped() =>
        Assert.Equal("lone surrogate  here", await RoundTripAsync("lone surrogate " + '\uD800' + " here"));

    private static async Task<string> RoundTripAsync(string text)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(),
        };
        context.Response.Body = new MemoryStream();

        await Pkkpm.Bot.Twilio.TwiML.Reply([text]).ExecuteAsync(context);

        context.Response.Body.Position = 0;
        var xml = XDocument.Load(context.Response.Body);
        return Assert.Single(xml.Descendants("Message")).Value;
    }

    [Fact]
    public async Task A_name_full_of_markup_comes_back_intact_through_the_webhook()
    {
        using var seeds = SeedFolder.Mawar();
        seeds.With("people.csv",
            "phone,name,role,group_codes,salutation",
            "081211110001,<Sri&>]]>\u00e9 Wahyuni,anggota,MAWAR,Ibu");
        seeds.With("loans.csv", "phone,principal,disbursed_on,instalments,instalment_amount,frequency");
        seeds.With("ledger.csv", "date,phone,type,amount,note");
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync("+6281211110001", "saldo");

        Assert.StartsWith("Ibu <Sri&>]]>\u00e9 (KPB Mawar): tabungan Rp0.", answer.Reply);
    }
}
