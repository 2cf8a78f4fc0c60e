using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.Tests.ConsoleAccess;

/// <summary>A pemantau or admin who texts the service is pointed to the console, politely, in one SMS.</summary>
public class StaffBySmsTests
{
    [Theory]
    [InlineData("+628123400003", "SALDO", "Ibu Wulan")]
    [InlineData("+628123400004", "menu", "Bapak Hendra")]
    [InlineData("+628123400005", "REKAP MAWAR", "Ibu Dewi")]
    public async Task Programme_staff_are_told_the_console_is_for_them(string phone, string typed, string addressed)
    {
        await using var app = new BotApplication();

        var reply = (await app.Twilio.SmsAsync(phone, typed)).Reply;

        Assert.StartsWith($"Maaf {addressed}, layanan SMS ini untuk anggota dan pengurus KPB.", reply);
        Assert.Contains("konsol PKKPM", reply);
        Assert.True(SmsLength.FitsOneSegment(reply) && SmsLength.IsGsm7(reply), reply);
        Assert.Empty(await app.OutboxAsync());
    }

    [Fact]
    public async Task Programme_staff_may_still_opt_out()
    {
        await using var app = new BotApplication();

        var reply = (await app.Twilio.SmsAsync("+628123400005", "BERHENTI")).Reply;

        Assert.DoesNotContain("konsol", reply);
        await using var connection = app.OpenDatabase();
        Assert.NotNull(await Dapper.SqlMapper.ExecuteScalarAsync<object?>(connection, "select opted_out_at from people where phone = '+628123400005'"));
    }
}
