using System.Xml.Linq;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.Tests.Floods;

/// <summary>A phone that sends too much gets one short notice and then silence; nobody else waits.</summary>
public class FloodTests
{
    private const string Painem = "+628123400108", Yuli = "+628123400115", Unknown = "+6285700000000";

    [Fact]
    public async Task Past_30_messages_a_minute_a_phone_gets_one_notice_then_empty_twiml_while_others_are_answered()
    {
        await using var app = new BotApplication();
        var twilio = app.Twilio;

        for (var i = 1; i <= 30; i++)
            Assert.Contains("tabungan", (await twilio.SmsAsync(Painem, $"saldo {i}")).Reply);
        var notice = await twilio.SmsAsync(Painem, "saldo 31");
        var afterNotice = await twilio.SmsAsync(Painem, "saldo 32");
        var someoneElse = await twilio.SmsAsync(Yuli, "saldo");
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        var slowedDown = await twilio.SmsAsync(Painem, "saldo lagi");

        Assert.Equal("Maaf Bapak/Ibu, pesan terlalu banyak dalam 1 menit. Mohon tunggu 1 menit, lalu kirim lagi.", notice.Reply);
        Assert.True(SmsLength.IsGsm7(notice.Reply) && SmsLength.FitsOneSegment(notice.Reply));
        AssertEmptyTwiml(afterNotice);
        Assert.Contains("tabungan", someoneElse.Reply);
        Assert.Contains("tabungan", slowedDown.Reply);
    }

    [Fact]
    public async Task Past_the_daily_limit_a_phone_gets_one_notice_and_is_answered_again_the_next_day()
    {
        await using var app = new BotApplication(settings: new() { ["Limits:MessagesPerPhonePerDay"] = "5" });
        var twilio = app.Twilio;

        for (var i = 1; i <= 5; i++)
        {
            Assert.Contains("tabungan", (await twilio.SmsAsync(Painem, $"saldo {i}")).Reply);
            app.Clock.Advance(TimeSpan.FromMinutes(10));
        }
        var notice = await twilio.SmsAsync(Painem, "saldo 6");
        app.Clock.Advance(TimeSpan.FromHours(2));
        var later = await twilio.SmsAsync(Painem, "saldo 7");
        app.Clock.Advance(TimeSpan.FromHours(12)); // Saturday 00:50 WIB
        var nextDay = await twilio.SmsAsync(Painem, "saldo");

        Assert.Equal("Maaf Bapak/Ibu, pesan hari ini sudah terlalu banyak. Pesan berikutnya kami jawab besok.", notice.Reply);
        Assert.True(SmsLength.IsGsm7(notice.Reply) && SmsLength.FitsOneSegment(notice.Reply));
        AssertEmptyTwiml(later);
        Assert.Contains("tabungan", nextDay.Reply);
    }

    [Fact]
    public async Task An_unknown_number_hears_once_a_day_that_it_is_not_registered()
    {
        await using var app = new BotApplication();
        var twilio = app.Twilio;

        var first = await twilio.SmsAsync(Unknown, "saldo");
        var second = await twilio.SmsAsync(Unknown, "halo, ini siapa?");
        var onWhatsApp = await twilio.WhatsAppAsync(Unknown, "menu");
        app.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await twilio.SmsAsync(Unknown, "saldo");

        Assert.StartsWith("Maaf, nomor ini belum terdaftar", first.Reply);
        AssertEmptyTwiml(second);
        AssertEmptyTwiml(onWhatsApp);
        Assert.StartsWith("Maaf, nomor ini belum terdaftar", tomorrow.Reply);
    }

    [Fact]
    public async Task An_auto_responder_repeating_itself_is_answered_three_times_then_not_at_all()
    {
        await using var app = new BotApplication();
        var twilio = app.Twilio;
        const string AwayMessage = "Pesan otomatis: saya sedang tidak di tempat.";

        var answers = new List<TwilioSender.Answer>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await twilio.SmsAsync(Yuli, AwayMessage));
            app.Clock.Advance(TimeSpan.FromSeconds(20));
        }
        var herOwnWords = await twilio.SmsAsync(Yuli, "saldo");
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        var afterAPause = await twilio.SmsAsync(Yuli, AwayMessage);

        Assert.All(answers.Take(3), a => Assert.NotEmpty(a.Reply));
        AssertEmptyTwiml(answers[3]);
        AssertEmptyTwiml(answers[4]);
        Assert.Contains("tabungan", herOwnWords.Reply);
        Assert.NotEmpty(afterAPause.Reply);
    }

    [Fact]
    public async Task With_every_limit_0_nothing_is_held_back()
    {
        await using var app = new BotApplication(settings: new()
        {
            ["Limits:MessagesPerPhonePerMinute"] = "0", ["Limits:MessagesPerPhonePerDay"] = "0",
            ["Limits:UnregisteredRepliesPerDay"] = "0", ["Limits:LoopRepeats"] = "0",
        });
        var twilio = app.Twilio;

        var answers = new List<TwilioSender.Answer>();
        for (var i = 0; i < 35; i++) answers.Add(await twilio.SmsAsync(Painem, "saldo"));
        for (var i = 0; i < 3; i++) answers.Add(await twilio.SmsAsync(Unknown, "saldo"));

        Assert.All(answers, a => Assert.NotEmpty(a.Reply));
    }

    private static void AssertEmptyTwiml(TwilioSender.Answer answer)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.Status);
        var response = XDocument.Parse(answer.Body).Root!;
        Assert.Equal("Response", response.Name.LocalName);
        Assert.Empty(response.Elements());
    }
}
