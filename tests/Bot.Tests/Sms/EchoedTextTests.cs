using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.Tests.Sms;

/// <summary>What a member typed comes back in a reply without what would make the SMS UCS-2.</summary>
public class EchoedTextTests
{
    private const string Slamet = "+6281211110002";

    [Fact]
    public async Task An_IZIN_with_an_emoji_gets_one_plain_SMS_and_the_reason_is_kept_as_typed()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var izin = await app.Twilio.SmsAsync(Slamet, "IZIN anak sakit 🙏");

        Assert.Equal("Terima kasih Bapak Slamet. Untuk pertemuan KPB Mawar Senin 30/11 jam 15.00 tercatat: IZIN (anak sakit).", izin.Reply);
        Assert.True(SmsLength.IsGsm7(izin.Reply) && SmsLength.FitsOneSegment(izin.Reply));
        await using var connection = app.OpenDatabase();
        Assert.Equal("anak sakit 🙏", await connection.QuerySingleAsync<string>("select reason from attendance"));
    }
}
