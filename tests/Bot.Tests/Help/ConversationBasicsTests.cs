using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.Tests.Help;

/// <summary>MENU, strangers, and messages the bot does not understand.</summary>
public class ConversationBasicsTests
{
    private const string Sri = "+6281211110001", Rina = "+6281211110009";

    [Theory]
    [InlineData("MENU")]
    [InlineData("bantuan")]
    [InlineData("?")]
    [InlineData("tolong")]
    public async Task A_member_gets_the_member_commands(string text)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync(Sri, text);

        Assert.StartsWith("Selamat pagi, Ibu Sri.", answer.Reply);
        Assert.Contains("SALDO", answer.Reply);
    }

    [Theory]
    [InlineData("+6281211110002", "bayar 50rb", "pinjaman Bapak yang")]
    [InlineData("+6281211110002", "salah ABCD", "catatan Bapak")]
    [InlineData("+6281211110002", "setor 1 10rb", "tabungan Bapak.")]
    [InlineData(Sri, "anggota", "tabungan Ibu.")]
    [InlineData(Rina, "status U99", "pengumuman Ibu.")]
    public async Task A_reply_says_Bapak_or_Ibu_as_the_person_is_known(string phone, string text, string expected)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync(phone, text);

        Assert.Contains(expected, answer.Reply);
        Assert.DoesNotContain("Bapak/Ibu", answer.Reply);
    }

    [Fact]
    public async Task A_pendamping_menu_has_no_member_commands_and_saldo_says_why()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var menu = await app.Twilio.SmsAsync(Rina, "menu");
        var saldo = await app.Twilio.SmsAsync(Rina, "saldo");

        var pages = string.Join(" ", menu.Replies);
        Assert.DoesNotContain("SALDO", pages);
        Assert.Contains("UMUMKAN", pages);
        Assert.Equal("Maaf Ibu Rina, ini hanya untuk anggota kelompok. Ketik MENU untuk bantuan.", saldo.Reply);
    }

    [Fact]
    public async Task An_unregistered_number_is_told_whom_to_contact_and_nothing_else()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync("+6285799990000", "saldo");

        Assert.Contains("belum terdaftar", answer.Reply);
        Assert.Contains("pendamping", answer.Reply);
        foreach (var secret in new[] { "Sri", "Mawar", "Rp", "Slamet" }) Assert.DoesNotContain(secret, answer.Reply);
    }

    [Fact]
    public async Task Gibberish_points_to_menu()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync(Sri, "qwerty zxcv");

        Assert.Equal("Maaf Ibu Sri, pesan belum kami pahami. Ketik MENU untuk bantuan.", answer.Reply);
    }

    [Fact]
    public async Task A_near_miss_is_suggested_and_YA_runs_it()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var suggestion = await app.Twilio.SmsAsync(Sri, "sapdi");
        var yes = await app.Twilio.SmsAsync(Sri, "ya");
        var yesAgain = await app.Twilio.SmsAsync(Sri, "ya");

        Assert.Equal("Maksud Ibu: SALDO? Balas YA, atau ketik MENU untuk bantuan.", suggestion.Reply);
        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan Rp350.000.", yes.Reply);
        Assert.Contains("tidak ada yang sedang menunggu jawaban", yesAgain.Reply);
    }

    [Fact]
    public async Task A_suggestion_answered_after_it_expired_is_not_acted_on()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Sri, "sapdi");
        app.Clock.Advance(TimeSpan.FromHours(1));
        var yes = await app.Twilio.SmsAsync(Sri, "ya");

        Assert.DoesNotContain("tabungan", yes.Reply);
    }

    [Fact]
    public async Task A_suggestion_made_on_sms_can_be_answered_on_whatsapp()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Sri, "sapdi");
        var whatsappYes = await app.Twilio.WhatsAppAsync(Sri, "ya");

        Assert.Contains("tabungan", whatsappYes.Reply);
    }

    [Theory]
    [InlineData("+6281211110001", "saldo")]
    [InlineData("+6281211110001", "menu")]
    [InlineData("+6281211110001", "qwerty")]
    [InlineData("+6281211110001", "sapdi")]
    [InlineData("+6281211110001", "ya")]
    [InlineData("+6281211110001", "makasih")]
    [InlineData("+6281211110001", "setor 50rb")]
    [InlineData("+6281211110010", "saldo")]
    [InlineData("+6281211110009", "menu")]
    [InlineData("+6281211110009", "saldo")]
    [InlineData("+6285799990000", "saldo")]
    public async Task Every_reply_fits_one_gsm7_sms(string phone, string text)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync(phone, text);

        // A pendamping's menu is several SMS on purpose (her commands do not fit one); every other reply here is one.
        Assert.InRange(answer.Replies.Count, 1, text == "menu" && phone == "+6281211110009" ? 3 : 1);
        Assert.All(answer.Replies, reply =>
        {
            Assert.True(SmsLength.IsGsm7(reply), $"not GSM-7: {reply}");
            Assert.True(SmsLength.FitsOneSegment(reply), $"{SmsLength.Septets(reply)} characters: {reply}");
        });
    }
}
