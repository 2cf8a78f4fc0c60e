using System.Text.RegularExpressions;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Testing;

namespace Pkkpm.Bot.Tests.Outreach;

/// <summary>
/// The YA records a broadcast and answers; the fan-out then puts its rows into the outbox, a bounded
/// batch per writer unit, so other turns are answered between batches; a stop half-way neither loses
/// nor repeats a member; STATUS counts the members not yet queued as waiting.
/// </summary>
public class BroadcastFanOutTests
{
    private const string Pendamping = VillageBroadcastTests.Pendamping, Member = "+62813110001";
    private const int Batch = 40;
    private static readonly string[] OptedOut = [.. Enumerable.Range(1, 5).Select(i => $"+628130{i}0007")];

    private static Dictionary<string, string?> Settings(bool fansOut = true) => new()
    {
        ["Outbound:Enabled"] = "false",
        ["Scheduling:Enabled"] = "false",
        ["Broadcasts:Enabled"] = fansOut ? "true" : "false",
        ["Broadcasts:BatchSize"] = $"{Batch}",
        ["Logging:LogLevel:Pkkpm.Bot.Broadcasts"] = "Debug",
    };

    [Fact]
    public async Task The_YA_queues_nothing_itself_and_a_SALDO_is_answered_between_two_batches()
    {
        using var seeds = VillageBroadcastTests.Village();
        await using var app = new BotApplication(seeds.Path, Settings());
        foreach (var phone in OptedOut) await app.Twilio.SmsAsync(phone, "BERHENTI");
        var queuedBefore = new List<long>();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Database.BeforeBackgroundWrite = async () =>
        {
            queuedBefore.Add(await OutboxCountAsync(app));
            if (queuedBefore.Count == 3)
            {
                held.SetResult();
                await release.Task;
            }
        };

        await app.Twilio.SmsAsync(Pendamping, "UMUMKAN SEMUA Pertemuan akbar Sabtu jam 9 di balai desa.");
        var sent = await app.Twilio.SmsAsync(Pendamping, "ya");
        var code = Regex.Match(sent.Reply, @"U\d+").Value;
        await held.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var saldo = await app.Twilio.SmsAsync(Member, "saldo");
        var status = await app.Twilio.SmsAsync(Pendamping, $"STATUS {code}");
        release.SetResult();
        var rows = await RowsAsync(app);

        Assert.Contains("sedang dikirim ke 295 anggota (5 dilewati karena berhenti langganan)", sent.Reply);
        Assert.Contains("tabungan", saldo.Reply);
        // One batch in: 40 members, 3 of them opted out (the 7th of groups 1 to 3); the other 260 are waiting too.
        Assert.Equal($"Pengumuman {code} ke 300 nomor: 0 sampai di HP, 0 terkirim, 297 menunggu, 0 gagal, 3 berhenti langganan.", status.Reply);
        // The first unit listed the broadcast's groups and the first batch found the outbox empty: the
        // YA's own unit queued nothing. Each batch then added 40.
        Assert.Equal([0L, .. Enumerable.Range(0, 8).Select(b => (long)b * Batch)], queuedBefore);
        Assert.Equal(300, rows.Select(r => r.ToPhone).Distinct().Count());
        Assert.Equal(OptedOut.Order(), rows.Where(r => r.Status == "skipped").Select(r => r.ToPhone).Order());
    }

    [Fact]
    public async Task A_fan_out_stopped_half_way_goes_on_after_a_restart_from_where_it_stopped()
    {
        using var seeds = VillageBroadcastTests.Village();
        await using var database = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider);
        await using (var first = new BotApplication(seeds.Path, Settings(), database))
        {
            foreach (var phone in OptedOut) await first.Twilio.SmsAsync(phone, "BERHENTI");
            var batches = 0;
            // The first unit lists the groups; two batches of members follow; the disk goes.
            first.Database.BeforeBackgroundWrite = () => ++batches > 3 ? Task.FromException(new IOException("injected: the disk is gone")) : Task.CompletedTask;

            await first.Twilio.SmsAsync(Pendamping, "UMUMKAN SEMUA Pertemuan akbar Sabtu jam 9 di balai desa.");
            await first.Twilio.SmsAsync(Pendamping, "ya");
            await Eventually.UntilAsync(first, () => Task.FromResult(first.Log.Lines.Any(l => l.Contains("fan-out failed"))), failed => failed, TimeSpan.Zero);
            Assert.Equal(2 * Batch, await OutboxCountAsync(first));
        }

        await using var second = new BotApplication(seeds.Path, Settings(), database);
        _ = second.Services; // started: its fan-out finds the broadcast half-way
        var rows = await RowsAsync(second);

        Assert.Equal(300, rows.Count);
        Assert.Equal(300, rows.Select(r => r.ToPhone).Distinct().Count());
        Assert.Equal(OptedOut.Order(), rows.Where(r => r.Status == "skipped").Select(r => r.ToPhone).Order());
        // The rest only, in full batches: nothing of the first two again.
        var batchRows = second.Log.Lines.Select(l => Regex.Match(l, @": (\d+) row\(s\) queued")).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value));
        Assert.Equal([40, 40, 40, 40, 40, 20], batchRows);
    }

    [Fact]
    public async Task STATUS_counts_members_not_yet_queued_as_waiting_until_an_instance_that_fans_out_queues_them()
    {
        using var seeds = VillageBroadcastTests.Village();
        await using var database = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider);
        string code;
        await using (var recorder = new BotApplication(seeds.Path, Settings(fansOut: false), database))
        {
            foreach (var phone in OptedOut) await recorder.Twilio.SmsAsync(phone, "BERHENTI");
            await recorder.Twilio.SmsAsync(Pendamping, "UMUMKAN SEMUA Pertemuan akbar Sabtu jam 9 di balai desa.");
            var sent = await recorder.Twilio.SmsAsync(Pendamping, "ya");
            code = Regex.Match(sent.Reply, @"U\d+").Value;
            var waiting = await recorder.Twilio.SmsAsync(Pendamping, $"STATUS {code}");

            Assert.Contains("sedang dikirim ke 295 anggota", sent.Reply);
            Assert.Equal(0, await OutboxCountAsync(recorder));
            Assert.Equal($"Pengumuman {code} ke 300 nomor: 0 sampai di HP, 0 terkirim, 300 menunggu, 0 gagal, 0 berhenti langganan.", waiting.Reply);
        }

        await using var fanningOut = new BotApplication(seeds.Path, Settings(), database);
        _ = fanningOut.Services;
        await fanningOut.BroadcastsExpandedAsync();
        var status = await fanningOut.Twilio.SmsAsync(Pendamping, $"STATUS {code}");

        Assert.Equal($"Pengumuman {code} ke 300 nomor: 0 sampai di HP, 0 terkirim, 295 menunggu, 0 gagal, 5 berhenti langganan.", status.Reply);
    }

    private static async Task<long> OutboxCountAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<long>("select count(*) from outbox");
    }

    private static async Task<List<(string ToPhone, string Status)>> RowsAsync(BotApplication app)
    {
        await app.BroadcastsExpandedAsync();
        await using var connection = app.OpenDatabase();
        return (await connection.QueryAsync<(string, string)>("select to_phone, status from outbox where kind = 'broadcast' order by id")).ToList();
    }
}
