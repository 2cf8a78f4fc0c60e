using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Data;
using Pkkpm.Testing;

namespace Pkkpm.Bot.Tests.Import;

/// <summary>
/// `dotnet run --project src/Bot -- import FOLDER [--dry-run]` and `export FOLDER` beside the
/// running service, on its database: every bad line as `file:line: reason` and nothing changed, the
/// counts, a new member who can text SALDO at once, and an export that comes back the same.
/// </summary>
public class ImportCommandTests
{
    private static SeedFolder NewMembers() => new SeedFolder()
        .With("people.csv", "phone,name,role,group_codes,salutation",
            "0812-7777-0001,Tini Rahayu,anggota,MAWAR,Ibu",
            "0812-7777-0002,Warsih,anggota,MAWAR,Ibu")
        .With("ledger.csv", "date,phone,type,amount,note",
            "2026-11-23,081277770001,setoran,25000,pokok",
            "2026-11-23,081277770001,setoran,5000,wajib");

    [Fact]
    public async Task A_dry_run_lists_every_bad_line_exits_1_and_changes_nothing()
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();
        using var folder = NewMembers()
            .With("people.csv", "phone,name,role,group_codes", "0812-7777-0001,Tini Rahayu,anggota,MAWAR", "0812,Siti,anggota,MAWAR", "081277770003,Sumi,ratu,MAWAR")
            .With("loans.csv", "phone,principal,disbursed_on,instalments,instalment_amount,frequency", "081277770001,1.000.000,2026-11-02,25,43000,mingguan");
        var before = await PeopleAsync(app);

        var run = await CommandRun.ImportAsync(app.Provider, app.ConnectionString, folder.Path, "--dry-run");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("""
            people.csv:3: phone '0812' is not a valid Indonesian mobile number
            people.csv:4: role 'ratu' must be one of anggota, ketua, sekretaris, bendahara, pendamping, pemantau, admin
            loans.csv:2: principal '1.000.000' must be a positive whole number of rupiah, digits only (e.g. 50000)
            3 bad line(s): nothing imported.

            """.ReplaceLineEndings("\n"), run.Errors);
        Assert.Equal("", run.Output);
        Assert.Equal(before, await PeopleAsync(app));
    }

    [Fact]
    public async Task A_clean_dry_run_prints_the_counts_and_changes_nothing()
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();
        using var folder = NewMembers();

        var run = await CommandRun.ImportAsync(app.Provider, app.ConnectionString, folder.Path, "--dry-run");

        Assert.Equal((0, ""), (run.ExitCode, run.Errors));
        // On SQLite the service records nothing while an import holds its writer: the dry run says for how long.
        var held = app.Provider == DatabaseOptions.Sqlite
            ? @"The import would hold the database about \d+\.\d s \(plus its commit\): the service's messages meanwhile wait or are refused\.\n"
            : "";
        Assert.Matches(@"^people\.csv: 2 added, 0 changed, 0 already there\nledger\.csv: 2 added, 0 changed, 0 already there \(.+\)\nDry run: nothing changed\.\n" + held + "$", run.Output);
        Assert.StartsWith("Maaf, nomor ini belum terdaftar", (await app.Twilio.SmsAsync("+6281277770001", "saldo")).Reply);
    }

    [Fact]
    public async Task An_import_while_the_service_runs_gives_the_new_member_her_saldo_and_a_second_one_adds_nothing()
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();
        using var folder = NewMembers();

        var first = await CommandRun.ImportAsync(app.Provider, app.ConnectionString, folder.Path);
        var second = await CommandRun.ImportAsync(app.Provider, app.ConnectionString, folder.Path);

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(app.Provider == DatabaseOptions.Sqlite ? @"Imported\.\nHeld the database \d+\.\d s\.\n$" : @"Imported\.\n$", first.Output);
        Assert.StartsWith("Ibu Tini (KPB Mawar): tabungan Rp30.000.", (await app.Twilio.SmsAsync("+6281277770001", "saldo")).Reply);
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"^people\.csv: 0 added, 0 changed, 2 already there\nledger\.csv: 0 added, 0 changed, 2 already there( \(.+\))?\nImported\.\n", second.Output);
        await using var connection = app.OpenDatabase();
        Assert.Equal(["import ledger.csv:2", "import ledger.csv:3"], await connection.QueryAsync<string>(
            "select e.source || ' ' || e.source_ref from ledger_entries e join people p on p.id = e.person_id where p.phone = '+6281277770001' order by e.id"));
    }

    [Fact]
    public async Task The_demo_exported_and_imported_into_a_fresh_database_answers_every_saldo_the_same()
    {
        await using var app = new BotApplication();
        using var folder = new ScratchFolder();
        var export = Path.Combine(folder.Path, "ekspor");
        await app.Twilio.SmsAsync("+628123400103", "SETOR 7 10rb, 8 20rb");
        await app.Twilio.SmsAsync("+628123400103", "YA");

        var exported = await CommandRun.ExportAsync(app.Provider, app.ConnectionString, export);
        await using var fresh = await ScratchDatabase.CreateAsync(app.Provider);
        var imported = await CommandRun.ImportAsync(fresh.Provider, fresh.ConnectionString, export);
        var again = await CommandRun.ImportAsync(app.Provider, app.ConnectionString, export);
        await using var copy = new BotApplication(database: fresh);

        Assert.Equal(0, exported.ExitCode);
        Assert.Matches(@"^Wrote .+: 6 groups, \d+ people, 40 loans, \d+ ledger entries, 96 tips\.\n$", exported.Output);
        Assert.Equal((0, ""), (imported.ExitCode, imported.Errors));
        Assert.DoesNotMatch(@"[1-9]\d* (added|changed)", again.Output);
        foreach (var phone in new[] { "+628123400107", "+628123400108", "+628123400115", "+628123400209" })
            Assert.Equal((await app.Twilio.SmsAsync(phone, "saldo")).Reply, (await copy.Twilio.SmsAsync(phone, "saldo")).Reply);
    }

    /// <summary>
    /// With no service on the SQLite file the import command has it to itself (a rollback journal:
    /// each page written once), and leaves it in WAL for the service, whether it imported or refused;
    /// with the service running it shares the file through the WAL as before.
    /// </summary>
    [SqliteFact]
    public async Task An_import_with_no_service_on_the_file_has_it_alone_and_leaves_it_ready_for_the_service()
    {
        await using var fresh = await ScratchDatabase.CreateAsync(DatabaseOptions.Sqlite);
        using var folder = NewMembers().With("groups.csv", "code,name,village,meeting_day,meeting_time,meeting_place", "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri");
        using var bad = NewMembers().With("groups.csv", "code,name,village,meeting_day,meeting_time,meeting_place", "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri")
            .With("loans.csv", "phone,principal,disbursed_on,instalments,instalment_amount,frequency", "081277770001,1.000.000,2026-11-02,25,43000,mingguan");

        var refused = await CommandRun.ImportAsync(fresh.Provider, fresh.ConnectionString, bad.Path);
        Assert.Equal((1, "wal", 0L), (refused.ExitCode, await UnpooledScalarAsync<string>(fresh, "pragma journal_mode"), await UnpooledScalarAsync<long>(fresh, "select count(*) from people")));

        var imported = await CommandRun.ImportAsync(fresh.Provider, fresh.ConnectionString, folder.Path);
        Assert.Matches(@"Imported\.\nHeld the database \d+\.\d s, with the file to itself \(no service had it open\)\.\n$", imported.Output);
        Assert.Equal(("wal", 2L), (await UnpooledScalarAsync<string>(fresh, "pragma journal_mode"), await UnpooledScalarAsync<long>(fresh, "select count(*) from ledger_entries")));
        Assert.False(File.Exists(fresh.ConnectionString["Data Source=".Length..] + "-journal"));

        await using var app = new BotApplication(database: fresh);
        Assert.StartsWith("Ibu Tini (KPB Mawar): tabungan Rp30.000.", (await app.Twilio.SmsAsync("+6281277770001", "saldo")).Reply);
        using var more = new SeedFolder().With("ledger.csv", "date,phone,type,amount,note", "2026-11-24,081277770001,setoran,10000,wajib");
        var shared = await CommandRun.ImportAsync(fresh.Provider, fresh.ConnectionString, more.Path);
        Assert.Matches(@"Imported\.\nHeld the database \d+\.\d s\.\n$", shared.Output);
        Assert.StartsWith("Ibu Tini (KPB Mawar): tabungan Rp40.000.", (await app.Twilio.SmsAsync("+6281277770001", "saldo")).Reply);
    }

    /// <summary>
    /// A service started while an import has the file to itself waits for the import's commit (here
    /// longer than Microsoft.Data.Sqlite's retries, set to 1 s), then starts and answers.
    /// </summary>
    [SqliteFact]
    public async Task A_service_started_while_an_import_has_the_file_waits_for_it_and_then_answers()
    {
        await using var fresh = await ScratchDatabase.CreateAsync(DatabaseOptions.Sqlite);
        using var folder = NewMembers().With("groups.csv", "code,name,village,meeting_day,meeting_time,meeting_place", "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri");
        Assert.Equal(0, (await CommandRun.ImportAsync(fresh.Provider, fresh.ConnectionString, folder.Path)).ExitCode);
        // The import's hold, as FileAlone takes it: a rollback journal and the file's write lock.
        var import = new Microsoft.Data.Sqlite.SqliteConnection(fresh.ConnectionString + ";Pooling=False");
        await import.OpenAsync();
        await import.ExecuteAsync("pragma journal_mode = delete; begin exclusive");

        await using var app = new BotApplication(database: fresh, settings: new() { ["ConnectionStrings:Pkkpm"] = fresh.ConnectionString + ";Default Timeout=1" });
        var starting = Task.Run(() => app.CreateClient());
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(starting.IsCompleted);
        await import.ExecuteAsync("commit; pragma journal_mode = wal");
        await import.DisposeAsync();

        (await starting.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
        Assert.StartsWith("Ibu Tini (KPB Mawar): tabungan Rp30.000.", (await app.Twilio.SmsAsync("+6281277770001", "saldo")).Reply);
        Assert.Contains(app.Log.Lines, line => line.Contains("held by another process"));
    }

    // Unpooled: a pooled connection would keep the file open, and the next import would share it.
    private static async Task<T> UnpooledScalarAsync<T>(ScratchDatabase database, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString + ";Pooling=False");
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }

    [Theory]
    [InlineData("--force")]
    [InlineData("")]
    public async Task An_unknown_option_or_no_folder_prints_the_usage_and_exits_2(string option)
    {
        using var folder = NewMembers();
        string[] args = option.Length == 0 ? [] : [folder.Path, option];

        var run = await CommandRun.ImportAsync(BotApplication.DefaultProvider, "Data Source=unused.db", args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("usage: import FOLDER [--dry-run]", run.Errors);
    }

    private static async Task<long> PeopleAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<long>("select count(*) + (select count(*) from ledger_entries) + (select count(*) from loans) from people");
    }
}
