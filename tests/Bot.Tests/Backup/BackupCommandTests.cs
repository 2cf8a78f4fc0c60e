using Dapper;
using Microsoft.Data.Sqlite;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Data;

namespace Pkkpm.Bot.Tests.Backup;

/// <summary>`dotnet run --project src/Bot -- backup FILE`: a copy of the running service's database, never over another file.</summary>
public class BackupCommandTests
{
    [SqliteFact]
    public async Task The_backup_is_a_whole_database_and_says_what_it_holds()
    {
        await using var database = await ScratchDatabase.CreateAsync(DatabaseOptions.Sqlite);
        await using var app = new BotApplication(database: database);
        await app.Twilio.SmsAsync("+628123400103", "SETOR 7 10rb, 8 20rb");
        await app.Twilio.SmsAsync("+628123400103", "YA");
        using var folder = new ScratchFolder();
        var file = Path.Combine(folder.Path, "pkkpm-2026-11-27.db");

        var run = await BackupRun.RunAsync(DatabaseOptions.Sqlite, database.ConnectionString, file);

        Assert.Equal(0, run.ExitCode);
        var entries = await CountAsync(database.ConnectionString, "select count(*) from ledger_entries");
        Assert.Equal(entries, await CountAsync($"Data Source={file}", "select count(*) from ledger_entries"));
        Assert.Matches($@"^Wrote {Regex(file)} \([0-9,]+ bytes\), a consistent copy of {Regex(DataSource(database.ConnectionString))}: " +
            $@"schema [0-9]{{4}}_[a-z_]+, {entries:N0} ledger entries, 2 messages received, [0-9]+ waiting to be sent\.\n$", run.Output.ReplaceLineEndings("\n"));
        Assert.Equal([Path.GetFileName(file)], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [SqliteFact]
    public async Task An_existing_file_is_never_overwritten()
    {
        await using var database = await ScratchDatabase.CreateAsync(DatabaseOptions.Sqlite);
        await using var app = new BotApplication(database: database);
        using var client = app.CreateClient();
        using var folder = new ScratchFolder();
        var file = Path.Combine(folder.Path, "yesterday.db");
        await File.WriteAllTextAsync(file, "yesterday's backup");

        var run = await BackupRun.RunAsync(DatabaseOptions.Sqlite, database.ConnectionString, file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file} already exists; a backup never overwrites one. Give a new name.", run.Errors.Trim());
        Assert.Equal("yesterday's backup", await File.ReadAllTextAsync(file));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [SqliteFact]
    public async Task A_wrong_database_path_makes_no_empty_database()
    {
        using var folder = new ScratchFolder();
        var missing = Path.Combine(folder.Path, "pkkpm.db");

        var run = await BackupRun.RunAsync(DatabaseOptions.Sqlite, $"Data Source={missing}", Path.Combine(folder.Path, "backup.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"No database at {missing}", run.Errors);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [PostgresFact]
    public async Task On_postgres_it_says_how_to_use_pg_dump_and_writes_nothing()
    {
        using var folder = new ScratchFolder();
        var file = Path.Combine(folder.Path, "pkkpm.dump");

        var run = await BackupRun.RunAsync(DatabaseOptions.Postgres,
            "Host=db.internal;Port=5433;Database=pkkpm;Username=pkkpm;Password=s3cret-pw", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"pg_dump --format=custom --host=db.internal --port=5433 --username=pkkpm --dbname=pkkpm --file={file}", run.Errors);
        Assert.DoesNotContain("s3cret-pw", run.Errors);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString + ";Pooling=false");
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    private static string DataSource(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
