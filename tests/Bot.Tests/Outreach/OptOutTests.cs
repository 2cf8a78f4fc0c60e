using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Outreach;

/// <summary>
/// BERHENTI stops bulk messages (not receipts); MULAI brings them back. Twilio's own reading of
/// STOP, START and HELP (its OptOutType field) is followed, but never costs a treasurer her summary.
/// </summary>
public class OptOutTests
{
    private const string Sri = "+6281211110001", Bendahara = "+6281211110003";

    [Theory]
    [InlineData("BERHENTI")]
    [InlineData("stop")]
    [InlineData("UNREG")]
    [InlineData("unsubscribe")]
    public async Task Stop_words_opt_out_and_MULAI_opts_back_in(string word)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var stopped = await app.Twilio.SmsAsync(Sri, word);
        var optedOut = await OptedOutAsync(app);
        var started = await app.Twilio.SmsAsync(Sri, "mulai");

        Assert.Equal("Baik Ibu Sri, pengumuman, pengingat dan tips tidak dikirim lagi. Tanda terima tabungan tetap dikirim. Balas MULAI untuk menerima lagi.", stopped.Reply);
        Assert.True(optedOut);
        Assert.StartsWith("Terima kasih Ibu Sri, pengumuman dan pengingat pertemuan akan dikirim lagi.", started.Reply);
        Assert.False(await OptedOutAsync(app));
    }

    [Fact]
    public async Task Receipts_still_reach_a_member_who_opted_out()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Sri, "berhenti");
        await app.Twilio.SmsAsync("+6281211110003", "SETOR Sri W 10rb");
        await app.Twilio.SmsAsync("+6281211110003", "ya");

        var receipt = Assert.Single(await app.OutboxAsync(Sri));
        Assert.Equal("receipt", receipt.Kind);
    }

    // Twilio reads opt-out words itself on a Messaging Service with Advanced Opt-Out and says what it
    // did in OptOutType (docs/deploy.md). It has already blocked or unblocked the number, so we follow.
    [Theory]
    [InlineData("CANCEL")] // a Twilio default, which we ask operators to remove: it is BATAL to us
    [InlineData("batal")]
    public async Task Twilio_s_STOP_opts_out_whatever_the_words(string body)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.PostAsync(Twilio(Sri, body, "STOP"));

        Assert.StartsWith("Baik Ibu Sri, pengumuman, pengingat dan tips tidak dikirim lagi.", answer.Reply);
        Assert.True(await OptedOutAsync(app));
    }

    [Theory]
    [InlineData("START")]
    [InlineData("AKTIF")] // a word an operator added to Twilio's opt-in list that we do not know ourselves
    public async Task Twilio_s_START_opts_back_in(string body)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Sri, "berhenti");

        var answer = await app.Twilio.PostAsync(Twilio(Sri, body, "START"));

        Assert.StartsWith("Terima kasih Ibu Sri, pengumuman dan pengingat pertemuan akan dikirim lagi.", answer.Reply);
        Assert.False(await OptedOutAsync(app));
    }

    [Fact]
    public async Task A_yes_that_Twilio_reads_as_START_still_saves_the_waiting_summary()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Bendahara, "setor sri w 50rb");

        var answer = await app.Twilio.PostAsync(Twilio(Bendahara, "YES", "START")); // YES is one of Twilio's default opt-in words

        Assert.StartsWith("Tersimpan: setoran Sri Wahyuni Rp50.000", answer.Reply);
        Assert.Equal(1, await app.EntryCountAsync());
    }

    [Theory]
    [InlineData("HELP")]
    [InlineData("INFO")] // a Twilio default help word; to us alone it would be a pendamping's broadcast
    public async Task Twilio_s_HELP_gets_the_menu(string body)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.PostAsync(Twilio(Sri, body, "HELP"));

        Assert.Contains("Ketik: SALDO, RIWAYAT,", answer.Reply);
        Assert.False(await OptedOutAsync(app));
    }

    [Fact]
    public async Task Cancel_without_Twilio_s_reading_cancels_the_waiting_summary_and_stops_nothing()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Bendahara, "setor sri w 50rb");

        var answer = await app.Twilio.SmsAsync(Bendahara, "cancel");

        Assert.Equal("Baik Ibu Endang, setoran dibatalkan. Tidak ada yang disimpan.", answer.Reply);
        Assert.Equal(0, await app.EntryCountAsync());
        Assert.False(await OptedOutAsync(app, Bendahara));
    }

    private static Dictionary<string, string> Twilio(string from, string body, string optOutType)
    {
        var fields = TwilioSender.Fields(from, TwilioSender.ServiceNumber, body);
        fields["OptOutType"] = optOutType;
        return fields;
    }

    private static async Task<bool> OptedOutAsync(BotApplication app, string phone = Sri)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<string?>("select opted_out_at from people where phone = @phone", new { phone }) is not null;
    }
}
