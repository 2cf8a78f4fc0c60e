using System.Security.Cryptography;
using System.Text;
using Dapper;
using Pkkpm.Data.Migrations;

namespace Pkkpm.Data.Tests.Migrations;

/// <summary>
/// Every applied migration is recorded with the checksum of its file, and the start is refused,
/// naming the migration, when the file changed since or when the database is newer than the code.
/// </summary>
public class MigrationChecksumTests
{
    [SkippableTheory, Providers]
    public async Task Each_applied_migration_records_the_checksum_of_its_file(string provider)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider, empty: true);
        await using var database = (IAsyncDisposable)scratch.Open();
        await Migrator.ApplyAsync((IDatabase)database);

        var recorded = await RecordedAsync((IDatabase)database);

        Assert.Equal(FilesOf(provider).Select(f => (f.Name, Sha256(f.Text))), recorded);
        // The same file checked out with CRLF line endings is the same migration.
        var (name, text) = FilesOf(provider)[0];
        Assert.Equal(recorded.Single(r => r.Name == name).Checksum, Migrator.ChecksumOf(text.Replace("\n", "\r\n")));
    }

    [SkippableTheory, Providers]
    public async Task A_migration_edited_after_it_was_applied_stops_the_start_naming_it(string provider)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider, empty: true);
        await using var database = (IAsyncDisposable)scratch.Open();
        var db = (IDatabase)database;
        await Migrator.ApplyAsync(db);
        // What the database holds for 0004 is what its file said then; the file this code carries differs.
        await db.WriteAsync((c, t) => c.ExecuteAsync("update schema_versions set checksum = @Then where version = 4",
            new { Then = Sha256("-- 0004 as it was first written\n") }, t));

        var error = await Assert.ThrowsAsync<MigrationHistoryException>(() => Migrator.ApplyAsync(db));

        Assert.StartsWith("Migration 0004_typed_times was edited after it was applied", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [SkippableTheory, Providers]
    public async Task A_database_newer_than_the_code_stops_the_start_naming_the_migration(string provider)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider, empty: true);
        await using var database = (IAsyncDisposable)scratch.Open();
        var db = (IDatabase)database;
        await Migrator.ApplyAsync(db);
        await db.WriteAsync((c, t) => c.ExecuteAsync(
            "insert into schema_versions (version, name, applied_at, checksum) values (99, '0099_from_a_newer_version', @At, 'abc')",
            new { At = DateTimeOffset.UtcNow }, t));

        var error = await Assert.ThrowsAsync<MigrationHistoryException>(() => Migrator.ApplyAsync(db));

        Assert.StartsWith("The database has migration 0099_from_a_newer_version, which this version of the service does not have", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [SkippableTheory, Providers]
    public async Task A_database_migrated_before_checksums_gets_them_on_its_next_start(string provider)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider, empty: true);
        await using var database = (IAsyncDisposable)scratch.Open();
        var db = (IDatabase)database;
        await Migrator.ApplyAsync(db, lastVersion: 6);
        // schema_versions as the versions before this one made it: no checksum column.
        await db.WriteAsync((c, t) => c.ExecuteAsync("alter table schema_versions drop column checksum", transaction: t));

        var applied = await Migrator.ApplyAsync(db);

        Assert.Equal(FilesOf(provider).Select(f => f.Name).Where(name => string.CompareOrdinal(name, "0007") > 0), applied);
        Assert.Equal(FilesOf(provider).Select(f => (f.Name, Sha256(f.Text))), await RecordedAsync(db));
        Assert.Empty(await Migrator.ApplyAsync(db));
    }

    private static Task<List<(string Name, string Checksum)>> RecordedAsync(IDatabase db) =>
        db.ReadAsync(async c => (await c.QueryAsync<(string, string)>("select name, checksum from schema_versions order by version")).ToList());

    /// <summary>The migration files in the repository, read as a checkout on Linux has them.</summary>
    private static List<(string Name, string Text)> FilesOf(string provider)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Pkkpm.Bot.sln"))) folder = folder.Parent;
        var migrations = Path.Combine(folder!.FullName, "src", "Data", "Migrations", provider == DatabaseOptions.Postgres ? "Postgres" : "Sqlite");
        return Directory.GetFiles(migrations, "*.sql").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f).Replace("\r\n", "\n"))).ToList();
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
