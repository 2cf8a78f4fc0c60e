using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>
/// A conversation belongs to the person, not to the channel: a treasurer who starts a report on
/// SMS can answer YA from WhatsApp on the same phone, and it is recorded once.
/// </summary>
public class AcrossChannelsTests
{
    private const string Bendahara = "+6281211110003", Sri = "+6281211110001";

    [Fact]
    public async Task A_deposit_started_on_SMS_is_confirmed_with_YA_on_WhatsApp_and_recorded_once()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Bendahara, "SETOR 1 50rb");
        var saved = await app.Twilio.WhatsAppAsync(Bendahara, "YA");
        await app.Twilio.SmsAsync(Bendahara, "YA");
        await app.Twilio.WhatsAppAsync(Bendahara, "YA");

        Assert.Contains("Sri Wahyuni Rp50.000", summary.Reply);
        var code = Books.CodeIn(saved.Reply);
        Assert.Equal(1, await app.EntryCountAsync());
        var receipt = Assert.Single(await app.OutboxAsync(Sri));
        Assert.Contains($"Setoran Rp50.000 dicatat Bu Endang (bendahara), kode {code}.", receipt.Body);
        await using var connection = app.OpenDatabase();
        Assert.Equal("whatsapp", await connection.ExecuteScalarAsync<string>(
            "select source from ledger_entries where source <> 'import'"));
    }
}
