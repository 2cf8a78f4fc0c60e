using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Data;
using Pkkpm.Testing.Postgres;

namespace Pkkpm.Bot.Tests.Backup;

/// <summary>
/// The drill docs/deploy.md asks for, on the run's database: treasurers of six groups record
/// deposits without pause while a backup is taken (SQLite: the backup command; PostgreSQL:
/// pg_dump); the backup is restored into a new place and the service started on it. The restored
/// books are the live books as they stood at the backup, turn for turn: every entry with its code,
/// every member's savings, every receipt; no turn half there. SALDO answers from them.
/// </summary>
public class RestoreDrillTests
{
    private const int Groups = 6;

    [Fact]
    public async Task A_backup_taken_while_deposits_are_recorded_restores_the_books_as_they_stood()
    {
        await using var live = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider);
        // Treasurers typing as fast as the machine allows: more than the per-phone limit lets through.
        await using var app = new BotApplication(database: live, settings: new() { ["Limits:MessagesPerPhonePerMinute"] = "0" });
        using var folder = new ScratchFolder();
        var rounds = new int[Groups];
        using var stop = new CancellationTokenSource();
        var treasurers = Enumerable.Range(1, Groups).Select(g => Task.Run(() => RecordDepositsAsync(app.Twilio, g, rounds, stop.Token))).ToList();

        await UntilAsync(() => rounds.All(r => r >= 2), treasurers);
        var turnsBefore = await TurnCountAsync(live);
        var backup = await BackUpAsync(live, folder.Path);
        var turnsAfter = await TurnCountAsync(live);
        var roundsAtBackup = rounds.ToArray();
        await UntilAsync(() => rounds.Select((r, g) => r - roundsAtBackup[g]).All(more => more >= 2), treasurers);
        await stop.CancelAsync();
        await Task.WhenAll(treasurers);

        await using var restored = await RestoreAsync(backup, folder.Path);
        BackupBooks copy, asTheyStood;
        await using (var connection = restored.Connect())
            copy = await BackupBooks.ReadAsync(connection);
        await using (var connection = live.Connect())
            asTheyStood = await BackupBooks.ReadAsync(connection, onlyTurns: copy.Turns);

        Assert.InRange(copy.Turns.Count, turnsBefore, turnsAfter);
        Assert.True(copy.Turns.Count < await TurnCountAsync(live), "the treasurers went on after the backup");
        Assert.Equal(asTheyStood.Entries, copy.Entries);
        Assert.DoesNotContain(copy.Entries, e => e.EndsWith(" code ", StringComparison.Ordinal));
        Assert.Equal(asTheyStood.Savings, copy.Savings);
        Assert.Equal(asTheyStood.Outbox, copy.Outbox);

        await using var again = new BotApplication(database: restored);
        var painem = await PersonIdAsync(restored, Painem);
        var saldo = await again.Twilio.SmsAsync(Painem, "saldo");
        Assert.Contains($"tabungan {Rupiah(copy.SavingsOf(painem))}.", saldo.Reply);
        await using (var connection = live.Connect())
            Assert.NotEqual(copy.SavingsOf(painem), (await BackupBooks.ReadAsync(connection)).SavingsOf(painem));
    }

    private const string Painem = "+628123400108";

    /// <summary>Group <paramref name="group"/>'s treasurer: SETOR for members 7 and 8, YA, again and again.</summary>
    private static async Task RecordDepositsAsync(TwilioSender twilio, int group, int[] rounds, CancellationToken stop)
    {
        var bendahara = $"+628123400{group}03";
        while (!stop.IsCancellationRequested)
        {
            var round = rounds[group - 1] + 1;
            Assert.StartsWith("Setoran 2 anggota:", (await twilio.SmsAsync(bendahara, $"SETOR 7 {round}rb, 8 {10 + round}rb")).Reply);
            Assert.StartsWith("Tersimpan 2 setoran", (await twilio.SmsAsync(bendahara, "YA")).Reply);
            Interlocked.Increment(ref rounds[group - 1]);
        }
    }

    private static async Task<string> BackUpAsync(ScratchDatabase live, string folder)
    {
        if (live.Provider == DatabaseOptions.Postgres) return await PgDump.DumpAsync(live, folder);
        var file = Path.Combine(folder, "pkkpm-backup.db");
        var run = await BackupRun.RunAsync(DatabaseOptions.Sqlite, live.ConnectionString, file);
        Assert.True(run.ExitCode == 0, run.Errors);
        return file;
    }

    /// <summary>Into a new place: a new SQLite file, or a new empty PostgreSQL database.</summary>
    private static async Task<ScratchDatabase> RestoreAsync(string backup, string folder)
    {
        var restored = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider, empty: true);
        if (restored.Provider == DatabaseOptions.Postgres) await PgDump.RestoreAsync(backup, restored);
        else File.Copy(backup, new SqliteConnectionStringBuilder(restored.ConnectionString).DataSource);
        return restored;
    }

    private static async Task<long> TurnCountAsync(ScratchDatabase database)
    {
        await using var connection = database.Connect();
        return await connection.ExecuteScalarAsync<long>("select count(*) from inbound_messages");
    }

    private static async Task<long> PersonIdAsync(ScratchDatabase database, string phone)
    {
        await using var connection = database.Connect();
        return await connection.ExecuteScalarAsync<long>("select id from people where phone = @Phone", new { Phone = phone });
    }

    /// <summary>Waits for the treasurers to get somewhere; one that failed fails the test at once, with its reason.</summary>
    private static async Task UntilAsync(Func<bool> done, IReadOnlyList<Task> treasurers)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!done())
        {
            if (treasurers.FirstOrDefault(t => t.IsFaulted) is { } failed) await failed;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the treasurers did not get through their rounds in 60 s");
            await Task.Delay(20);
        }
    }

    private static string Rupiah(long amount) => "Rp" + amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
}
