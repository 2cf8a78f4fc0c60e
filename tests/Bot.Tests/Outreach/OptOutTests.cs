using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Outreach;

/// <summary>BERHENTI stops bulk messages (not receipts); MULAI brings them back.</summary>
public class OptOutTests
{
    private const string Sri = "+6281211110001";

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

    [Fact]
    public async Task Twilio_s_own_opt_out_reading_wins_over_ours()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var fields = TwilioSender.Fields(Sri, TwilioSender.ServiceNumber, "CANCEL");
        fields["OptOutType"] = "STOP";

        var answer = await app.Twilio.PostAsync(fields);

        Assert.StartsWith("Baik Ibu Sri, pengumuman, pengingat dan tips tidak dikirim lagi.", answer.Reply);
        Assert.True(await OptedOutAsync(app));
    }

    private static async Task<bool> OptedOutAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<string?>("select opted_out_at from people where phone = @Sri", new { Sri }) is not null;
    }
}
