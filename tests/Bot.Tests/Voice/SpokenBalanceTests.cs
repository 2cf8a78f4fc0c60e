using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Voice;
using Pkkpm.Conversations.Money;

namespace Pkkpm.Bot.Tests.Voice;

/// <summary>Voice__Answer=true: the call is answered and the balance read aloud, for members who cannot read.</summary>
public partial class SpokenBalanceTests
{
    private const string Sri = "+6281211110001", Tri = "+6281211110010";

    private static BotApplication Answering(SeedFolder seeds) => new(seeds.Path, new() { ["Voice:Answer"] = "true" });

    [Fact]
    public async Task The_balance_is_read_in_an_indonesian_voice_and_the_sms_still_follows()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = Answering(seeds);

        var call = await app.Twilio.VoiceAsync(Sri);

        Assert.Equal("text/xml", call.ContentType);
        var verbs = call.Response.Elements().ToList();
        Assert.Equal(["Say", "Hangup"], verbs.Select(v => v.Name.LocalName));
        Assert.Equal(("Google.id-ID-Standard-A", "id-ID"), ((string?)verbs[0].Attribute("voice"), (string?)verbs[0].Attribute("language")));
        var spoken = verbs[0].Value;
        Assert.DoesNotContain("Rp", spoken);
        Assert.DoesNotMatch(@"\d", spoken);
        // Read back with the service's own reading of amounts: the figures the SMS gives.
        Assert.Equal(350_000, Amount(spoken, "tabungan Ibu"));
        Assert.Equal(750_000, Amount(spoken, "Sisa pinjaman"));
        Assert.Equal(50_000, Amount(spoken, "Angsuran berikutnya"));
        Assert.Contains("tanggal satu Desember", spoken);
        var sms = Assert.Single(await app.OutboxAsync(Sri)).Body;
        Assert.Contains("tabungan Rp350.000. Sisa pinjaman Rp750.000, angsuran berikut Rp50.000 tgl 01/12", sms);
    }

    [Fact]
    public async Task Arrears_are_read_aloud_too()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = Answering(seeds);

        var spoken = (await app.Twilio.VoiceAsync(Tri)).Response.Element("Say")!.Value;

        var sms = Assert.Single(await app.OutboxAsync(Tri)).Body;
        var figures = SmsFigures().Match(sms);
        Assert.True(figures.Success, sms);
        Assert.Equal(Rupiah(figures.Groups["outstanding"].Value), Amount(spoken, "Sisa pinjaman"));
        Assert.Equal(Rupiah(figures.Groups["arrears"].Value), Amount(spoken, "Tunggakan"));
        Assert.Contains("Mohon segera dibayar", spoken);
    }

    [Fact]
    public async Task A_call_within_the_limit_is_rejected_not_read()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = Answering(seeds);
        await app.Twilio.VoiceAsync(Sri);

        var again = await app.Twilio.VoiceAsync(Sri);

        Assert.True(again.Rejected, again.Body);
        Assert.Single(await app.OutboxAsync(Sri));
    }

    [Fact]
    public async Task A_retried_answered_call_is_answered_the_same()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = Answering(seeds);
        var sid = TwilioSender.NewCallSid();

        var first = await app.Twilio.VoiceAsync(Sri, sid);
        var again = await app.Twilio.VoiceAsync(Sri, sid);

        Assert.Equal(first.Body, again.Body);
        Assert.NotNull(again.Response.Element("Say"));
        Assert.Single(await app.OutboxAsync(Sri));
    }

    [Fact]
    [Trait("Category", "NoDatabase")] // the same on either database: ./test.sh runs it once
    public async Task What_is_read_is_escaped_and_well_formed()
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();

        await VoiceTwiML.Say("Ibu Sri & <Pak> \"Joko\" ]]> \u0001ok").ExecuteAsync(http);

        http.Response.Body.Position = 0;
        var say = XDocument.Load(http.Response.Body).Root!.Element("Say")!;
        Assert.Equal("Ibu Sri & <Pak> \"Joko\" ]]> ok", say.Value);
    }

    private static long Amount(string spoken, string before)
    {
        var words = Regex.Match(spoken, Regex.Escape(before) + " (?<words>[a-z ]+?) rupiah");
        Assert.True(words.Success, $"'{before} ... rupiah' not in: {spoken}");
        var reading = AmountParser.Parse(words.Groups["words"].Value, long.MaxValue);
        Assert.True(reading.IsOk, $"'{words.Groups["words"].Value}' does not read as an amount");
        return reading.Amount;
    }

    private static long Rupiah(string text) => long.Parse(text.Replace(".", ""));

    [GeneratedRegex(@"Sisa pinjaman Rp(?<outstanding>[\d.]+), tunggakan Rp(?<arrears>[\d.]+)")]
    private static partial Regex SmsFigures();
}
