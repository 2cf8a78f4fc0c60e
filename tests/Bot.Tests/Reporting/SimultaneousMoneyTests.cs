using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>
/// Two treasurers of one group acting on one member at the same moment, from two phones, on
/// PostgreSQL (where turns run side by side; SQLite runs them one at a time): the limits hold as if
/// one had come after the other. Each recording is slowed down, as on a busy server, so the two
/// turns surely overlap between the check and the commit.
/// </summary>
public class SimultaneousMoneyTests
{
    private const string Endang = "+6281211110003", Wiwik = "+6281211110005", Sri = "+6281211110001";

    private static SeedFolder WithTwoTreasurers()
    {
        var seeds = SeedFolder.Mawar();
        File.AppendAllLines(Path.Combine(seeds.Path, "people.csv"), ["081211110005,Wiwik Handayani,bendahara,MAWAR,Ibu"]);
        return seeds;
    }

    // Every ledger row takes a moment longer to write: the turn that checked first is still
    // uncommitted when the other one checks.
    private static async Task SlowDownRecordingAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        await connection.ExecuteAsync("""
            create function slow_recording() returns trigger language plpgsql as $$
            begin
                perform pg_sleep(0.3);
                return new;
            end
            $$;
            create trigger ledger_entries_slow before insert on ledger_entries for each row execute function slow_recording();
            """);
    }

    // On both databases, one after the other: each summary was shown against the savings of its
    // moment, so only the check again at YA (not the lock, not the single writer) stops the second.
    [Fact]
    public async Task A_withdrawal_confirmed_after_another_took_the_savings_is_refused_at_YA()
    {
        using var seeds = WithTwoTreasurers();
        await using var app = new BotApplication(seeds.Path);
        var first = await app.Twilio.SmsAsync(Endang, "TARIK Sri W 200rb");
        var second = await app.Twilio.SmsAsync(Wiwik, "TARIK Sri W 200rb");

        var recorded = await app.Twilio.SmsAsync(Endang, "ya");
        var refused = await app.Twilio.SmsAsync(Wiwik, "ya");

        Assert.Contains("Rp200.000", first.Reply);
        Assert.Contains("Rp200.000", second.Reply);
        Assert.StartsWith("Tersimpan: penarikan Sri Wahyuni Rp200.000", recorded.Reply);
        Assert.Equal("Penarikan Sri Wahyuni Rp200.000 melebihi tabungannya Rp150.000. Tidak ada yang disimpan.", refused.Reply);
        Assert.Equal(1, await app.EntryCountAsync());
    }

    [PostgresFact]
    public async Task Two_withdrawals_that_together_exceed_the_savings_are_not_both_recorded()
    {
        using var seeds = WithTwoTreasurers();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Endang, "TARIK Sri W 200rb");
        await app.Twilio.SmsAsync(Wiwik, "TARIK Sri W 200rb");
        await SlowDownRecordingAsync(app);

        var answers = await Task.WhenAll(app.Twilio.SmsAsync(Endang, "ya"), app.Twilio.SmsAsync(Wiwik, "ya"));

        Assert.Single(answers, a => a.Reply.StartsWith("Tersimpan: penarikan Sri Wahyuni Rp200.000"));
        Assert.Single(answers, a => a.Reply == "Penarikan Sri Wahyuni Rp200.000 melebihi tabungannya Rp150.000. Tidak ada yang disimpan.");
        Assert.Equal(1, await app.EntryCountAsync());
        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan Rp150.000.", (await app.Twilio.SmsAsync(Sri, "saldo")).Reply);
    }

    [PostgresFact]
    public async Task An_instalment_and_an_accepted_report_that_together_exceed_the_loan_are_not_both_recorded()
    {
        using var seeds = WithTwoTreasurers();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Sri, "bayar 500rb");
        await app.Twilio.SmsAsync(Sri, "ya");
        var report = Books.CodeIn((await app.OutboxAsync(Wiwik))[0].Body);
        await app.Twilio.SmsAsync(Endang, "ANGSURAN Sri W 500rb");
        await SlowDownRecordingAsync(app);

        var answers = await Task.WhenAll(app.Twilio.SmsAsync(Endang, "ya"), app.Twilio.SmsAsync(Wiwik, $"TERIMA {report}"));

        Assert.Single(answers, a => a.Reply.StartsWith("Tersimpan: angsuran Sri Wahyuni Rp500.000") || a.Reply.StartsWith("Diterima: angsuran Sri Wahyuni Rp500.000"));
        Assert.Single(answers, a => a.Reply.Contains("melebihi sisa pinjaman Sri Wahyuni Rp250.000"));
        Assert.Equal(1, await app.EntryCountAsync());
        Assert.Contains("Sisa pinjaman Rp250.000", (await app.Twilio.SmsAsync(Sri, "saldo")).Reply);
    }

    [PostgresFact]
    public async Task Two_corrections_of_one_entry_at_the_same_moment_reverse_it_once()
    {
        using var seeds = WithTwoTreasurers();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Endang, "SETOR Sri W 50rb");
        var code = Books.CodeIn((await app.Twilio.SmsAsync(Endang, "ya")).Reply);
        await app.Twilio.SmsAsync(Endang, $"KOREKSI {code}");
        await app.Twilio.SmsAsync(Wiwik, $"KOREKSI {code}");
        await SlowDownRecordingAsync(app);

        var answers = await Task.WhenAll(app.Twilio.SmsAsync(Endang, "ya"), app.Twilio.SmsAsync(Wiwik, "ya"));

        Assert.Single(answers, a => a.Reply.StartsWith("Koreksi tersimpan"));
        Assert.Single(answers, a => a.Reply == $"Catatan {code} sudah pernah dikoreksi. Tidak ada yang berubah.");
        Assert.Equal(2, await app.EntryCountAsync());
        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan Rp350.000.", (await app.Twilio.SmsAsync(Sri, "saldo")).Reply);
    }
}
