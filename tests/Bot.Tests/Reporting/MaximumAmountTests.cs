using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>
/// Conversations__MaxAmountPerEntry holds for what an amount is taken to mean, not only for what
/// was typed: a bare "900" means Rp900.000, and a YA to "Maksud Ibu Rp900.000?" would record it.
/// It holds again at YA, for a summary shown before the maximum was lowered.
/// </summary>
public class MaximumAmountTests
{
    private const string Endang = "+6281211110003", Sri = "+6281211110001";

    private static Dictionary<string, string?> Maximum(long amount) => new() { ["Conversations:MaxAmountPerEntry"] = amount.ToString() };

    private static string All(TwilioSender.Answer answer) => string.Join(" ", answer.Replies);

    [Fact]
    public async Task A_bare_number_meaning_more_than_the_maximum_is_refused_not_asked_back()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, Maximum(500_000));

        var setor = await app.Twilio.SmsAsync(Endang, "SETOR Sri W 900");
        await app.Twilio.SmsAsync(Endang, "ya");
        await app.Twilio.SmsAsync(Endang, "ya");

        Assert.Equal("Jumlah Rp900.000 melebihi batas Rp500.000 per catatan. Mohon periksa lagi.", setor.Reply);
        Assert.Equal(0, await app.EntryCountAsync());
    }

    [Fact]
    public async Task A_bare_number_typed_while_another_is_asked_back_is_held_to_the_maximum()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, Maximum(500_000));
        await app.Twilio.SmsAsync(Endang, "SETOR Sri W 50");

        var corrected = await app.Twilio.SmsAsync(Endang, "900");
        await app.Twilio.SmsAsync(Endang, "ya");
        var saved = await app.Twilio.SmsAsync(Endang, "ya");

        Assert.StartsWith("Jumlah Rp900.000 melebihi batas Rp500.000 per catatan.", All(corrected));
        Assert.Contains("Maksud Ibu Rp50.000 untuk Sri Wahyuni?", All(corrected));
        Assert.StartsWith("Tersimpan: setoran Sri Wahyuni Rp50.000", saved.Reply);
        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan Rp400.000.", (await app.Twilio.SmsAsync(Sri, "saldo")).Reply);
    }

    [Fact]
    public async Task A_bare_number_in_a_round_meaning_more_than_the_maximum_is_asked_again()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, Maximum(500_000));
        await app.Twilio.SmsAsync(Endang, "SETOR");

        var answer = await app.Twilio.SmsAsync(Endang, "900");

        Assert.StartsWith("Jumlah Rp900.000 melebihi batas Rp500.000 per catatan.", All(answer));
        Assert.Contains("Setoran Sri Wahyuni (1/4)?", All(answer));
        Assert.DoesNotContain("Maksud", All(answer));
    }

    [Fact]
    public async Task A_member_reporting_a_bare_number_above_the_maximum_is_refused()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, Maximum(500_000));

        var bayar = await app.Twilio.SmsAsync(Sri, "bayar 600");
        await app.Twilio.SmsAsync(Sri, "ya");

        Assert.Equal("Jumlah Rp600.000 melebihi batas Rp500.000 per catatan. Mohon periksa lagi.", bayar.Reply);
        Assert.Empty(await app.OutboxAsync(Endang));
    }

    [Fact]
    public async Task A_summary_shown_before_the_maximum_was_lowered_records_nothing_at_YA()
    {
        using var seeds = SeedFolder.Mawar();
        await using var database = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider);
        await using (var before = new BotApplication(seeds.Path, database: database))
            await before.Twilio.SmsAsync(Endang, "SETOR Sri W 900rb");

        await using var after = new BotApplication(seeds.Path, Maximum(500_000), database);
        var yes = await after.Twilio.SmsAsync(Endang, "ya");

        Assert.Equal("Jumlah Rp900.000 untuk Sri Wahyuni melebihi batas Rp500.000 per catatan. Tidak ada yang disimpan.", yes.Reply);
        Assert.Equal(0, await after.EntryCountAsync());
    }

    [Fact]
    public async Task A_report_confirmed_or_waiting_since_before_the_maximum_was_lowered_is_held_to_it()
    {
        using var seeds = SeedFolder.Mawar();
        await using var database = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider);
        await using (var before = new BotApplication(seeds.Path, database: database))
        {
            await before.Twilio.SmsAsync(Sri, "bayar 600rb");
            await before.Twilio.SmsAsync(Sri, "ya");
            await before.Twilio.SmsAsync(Sri, "bayar 700rb");
        }
        await using var after = new BotApplication(seeds.Path, Maximum(500_000), database);
        var report = Books.CodeIn(Assert.Single(await after.OutboxAsync(Endang)).Body);

        var yes = await after.Twilio.SmsAsync(Sri, "ya");
        var accepted = await after.Twilio.SmsAsync(Endang, $"TERIMA {report}");

        Assert.Equal("Jumlah Rp700.000 melebihi batas Rp500.000 per catatan. Mohon periksa lagi.", yes.Reply);
        Assert.Equal($"Laporan {report} Rp600.000 melebihi batas Rp500.000 per catatan. Tolak dengan TOLAK {report}.", accepted.Reply);
        Assert.Single(await after.OutboxAsync(Endang));
        Assert.Equal(0, await after.EntryCountAsync());
    }
}
