using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Retention;

/// <summary>
/// Retention__MessageBodies: after a year (by default) what people wrote and what we sent them is
/// blanked; their savings, entries and codes stay, and SALDO says the same.
/// </summary>
public class MessageBodyRetentionTests
{
    private const string Bendahara = "+6281211110003", Slamet = "+6281211110002";

    /// <summary>
    /// No send-rate limit: its timer ticks once per second of the fake clock, and a year of ticks
    /// takes a minute of real time to run through.
    /// </summary>
    private static Dictionary<string, string?> Settings(string? messageBodies = null)
    {
        var settings = new Dictionary<string, string?> { ["Outbound:SmsPerSecond"] = "0", ["Outbound:WhatsAppPerSecond"] = "0" };
        if (messageBodies is not null) settings["Retention:MessageBodies"] = messageBodies;
        return settings;
    }

    [Fact]
    public async Task A_year_later_the_words_are_gone_and_the_savings_are_not()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, Settings());
        var (saldo, entries, before) = await DepositAndAskAsync(app);

        app.Clock.Advance(TimeSpan.FromDays(366));
        var bodies = await Eventually.UntilAsync(app, () => BodiesAsync(app), b => b.All(t => t == ""));

        Assert.Equal(before.Select(_ => ""), bodies);
        Assert.Equal(entries, await EntriesAsync(app));
        var now = await app.Twilio.SmsAsync(Slamet, "saldo");
        Assert.Equal(saldo, now.Reply);
        Assert.Contains("saldo", await BodiesAsync(app));
    }

    [Fact]
    public async Task The_setting_is_read_in_days()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, Settings("30"));
        var (_, _, before) = await DepositAndAskAsync(app);

        app.Clock.Advance(TimeSpan.FromDays(29));
        await Task.Delay(500);
        var at29 = await BodiesAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(2));
        var at31 = await Eventually.UntilAsync(app, () => BodiesAsync(app), b => b.All(t => t == ""));

        Assert.Equal(before, at29);
        Assert.Equal(before.Select(_ => ""), at31);
    }

    [Fact]
    public async Task Zero_keeps_them_forever()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, Settings("0"));
        var (_, _, before) = await DepositAndAskAsync(app);

        app.Clock.Advance(TimeSpan.FromDays(366));
        for (var day = 0; day < 5; day++)
        {
            await Task.Delay(200);
            app.Clock.Advance(TimeSpan.FromDays(1));
        }
        await Task.Delay(200);

        Assert.Equal(before, await BodiesAsync(app));
    }

    [Fact]
    public void Less_than_a_day_stops_the_start()
    {
        using var app = new BotApplication(settings: new() { ["Retention:MessageBodies"] = "12:00:00" });

        var error = BotApplication.StartFailure(app);

        Assert.Contains("Retention__MessageBodies must be 0 (keep forever) or at least 1 day", error.ToString());
    }

    /// <summary>SETOR Slamet 50rb, YA and Slamet's SALDO, with the receipt sent: the words of all of it, and the books.</summary>
    private static async Task<(string Saldo, List<string> Entries, List<string> Bodies)> DepositAndAskAsync(BotApplication app)
    {
        await app.Twilio.SmsAsync(Bendahara, "SETOR Slamet 50rb");
        Assert.StartsWith("Tersimpan", (await app.Twilio.SmsAsync(Bendahara, "YA")).Reply);
        var saldo = (await app.Twilio.SmsAsync(Slamet, "saldo")).Reply;
        Assert.Equal("Bapak Slamet (KPB Mawar): tabungan Rp60.000. Tidak ada pinjaman.", saldo);
        await Eventually.UntilAsync(app, () => QueuedAsync(app), queued => queued == 0, TimeSpan.FromSeconds(1));
        var bodies = await BodiesAsync(app);
        Assert.Contains(bodies, b => b.StartsWith("Setoran Rp50.000 dicatat", StringComparison.Ordinal));
        Assert.DoesNotContain("", bodies);
        return (saldo, await EntriesAsync(app), bodies);
    }

    /// <summary>The words of every message in and out, oldest first.</summary>
    private static async Task<List<string>> BodiesAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return (await connection.QueryAsync<string>("""
            select body from (select body, received_at as at from inbound_messages
                              union all select body, created_at as at from outbox) m order by at
            """)).ToList();
    }

    private static async Task<List<string>> EntriesAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return (await connection.QueryAsync<(long, string, long, long)>("""
            select e.id, e.kind, e.amount, c.id from ledger_entries e join codes c on c.kind = 'entry' and c.ref_id = e.id order by e.id
            """)).Select(e => e.ToString()).ToList();
    }

    private static async Task<long> QueuedAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<long>("select count(*) from outbox where status = 'queued'");
    }
}
