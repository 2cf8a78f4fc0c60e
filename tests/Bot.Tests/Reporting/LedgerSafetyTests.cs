using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>No rupiah lost or doubled: repeated deliveries, simultaneous messages, a crash.</summary>
public class LedgerSafetyTests
{
    private const string Bendahara = "+6281211110003", Sri = "+6281211110001";

    [Fact]
    public async Task A_repeated_YA_delivery_records_once_and_answers_the_same()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");
        var sid = TwilioSender.NewSid();

        var first = await app.Twilio.SmsAsync(Bendahara, "ya", sid);
        var again = await app.Twilio.SmsAsync(Bendahara, "ya", sid);

        Assert.Equal(first.Reply, again.Reply);
        Assert.Equal(1, await app.EntryCountAsync());
        Assert.Single(await app.OutboxAsync(Sri));
    }

    // Twilio delivering one YA several times at once (a retry racing the first): each delivery is
    // answered as the first was, and the deposit is recorded once.
    [Fact]
    public async Task One_YA_delivered_eight_times_at_once_records_once_and_answers_each_the_same()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");
        var sid = TwilioSender.NewSid();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.Twilio.SmsAsync(Bendahara, "ya", sid)));

        Assert.All(answers, a => Assert.StartsWith("Tersimpan", a.Reply));
        Assert.All(answers, a => Assert.Equal(answers[0].Reply, a.Reply));
        Assert.Equal(1, await app.EntryCountAsync());
        Assert.Single(await app.OutboxAsync(Sri));
    }

    [Fact]
    public async Task Two_YA_messages_at_the_same_moment_record_once()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");

        var answers = await Task.WhenAll(app.Twilio.SmsAsync(Bendahara, "ya"), app.Twilio.SmsAsync(Bendahara, "YA"));

        Assert.Single(answers, a => a.Reply.StartsWith("Tersimpan"));
        Assert.Single(answers, a => a.Reply.Contains("tidak ada yang sedang menunggu jawaban"));
        Assert.Equal(1, await app.EntryCountAsync());
    }

    [Fact]
    public async Task Simultaneous_reports_from_six_treasurers_all_land()
    {
        await using var app = new BotApplication(); // the demo: six groups, each with a bendahara at list number 3
        var treasurers = Enumerable.Range(1, 6).Select(g => $"+628123400{g}03").ToList();
        var members = Enumerable.Range(1, 6).Select(g => $"+628123400{g}05").ToList();
        var before = await Task.WhenAll(members.Select(m => app.Twilio.SmsAsync(m, "saldo")));

        await Task.WhenAll(treasurers.Select(t => app.Twilio.SmsAsync(t, "SETOR 5 10rb, 6 5rb")));
        var saved = await Task.WhenAll(treasurers.Select(t => app.Twilio.SmsAsync(t, "ya")).Concat(members.Select(m => app.Twilio.SmsAsync(m, "saldo"))));
        var after = await Task.WhenAll(members.Select(m => app.Twilio.SmsAsync(m, "saldo")));

        Assert.All(saved.Take(6), s => Assert.StartsWith("Tersimpan 2 setoran, total Rp15.000.", s.Reply));
        Assert.Equal(12, await app.EntryCountAsync());
        for (var i = 0; i < 6; i++)
            Assert.Equal(Savings(before[i].Reply) + 10_000, Savings(after[i].Reply));
    }

    private static long Savings(string saldo) =>
        long.Parse(System.Text.RegularExpressions.Regex.Match(saldo, @"tabungan Rp([\d.]+)\.").Groups[1].Value.Replace(".", ""));

    [Fact]
    public async Task After_a_crash_between_recording_and_replying_the_entry_is_there()
    {
        using var seeds = SeedFolder.Mawar();
        await using var database = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider);
        var sid = TwilioSender.NewSid();
        await using (var app = new BotApplication(seeds.Path, database: database))
        {
            await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");
            await app.Twilio.SmsAsync(Bendahara, "ya", sid); // Twilio never got this answer
        }

        await using var restarted = new BotApplication(seeds.Path, database: database);
        var retried = await restarted.Twilio.SmsAsync(Bendahara, "ya", sid);
        var saldo = await restarted.Twilio.SmsAsync(Sri, "saldo");

        Assert.StartsWith("Tersimpan: setoran Sri Wahyuni Rp50.000", retried.Reply);
        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan Rp400.000.", saldo.Reply);
        Assert.Equal(1, await restarted.EntryCountAsync());
    }
}
