using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Database;

/// <summary>
/// The service refuses to start on a database whose migrations do not fit its own: one edited
/// after it was applied, or one from a newer version. The reason names the migration.
/// </summary>
public class MigrationHistoryTests
{
    [Fact]
    public async Task A_migration_edited_after_it_was_applied_stops_the_start()
    {
        await using var database = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider);
        await StartOnceAsync(database);
        await ExecuteAsync(database, "update schema_versions set checksum = @Then where version = 4", new { Then = new string('0', 64) });

        await using var app = new BotApplication(database: database);
        var error = BotApplication.StartFailure(app);

        Assert.Contains("MigrationHistoryException: Migration 0004_typed_times was edited after it was applied to this database " +
            "(checksum 000000000000 when applied, ", error.ToString());
    }

    [Fact]
    public async Task A_database_from_a_newer_version_stops_the_start()
    {
        await using var database = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider);
        await StartOnceAsync(database);
        await ExecuteAsync(database, "insert into schema_versions (version, name, applied_at, checksum) values (42, '0042_from_the_future', @At, 'abc')",
            new { At = DateTimeOffset.UtcNow });

        await using var app = new BotApplication(database: database);
        var error = BotApplication.StartFailure(app);

        Assert.Contains("MigrationHistoryException: The database has migration 0042_from_the_future, which this version of the service does not have", error.ToString());
    }

    [Fact]
    public async Task A_database_from_before_checksums_starts_and_gets_them()
    {
        await using var database = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider);
        await StartOnceAsync(database);
        await ExecuteAsync(database, "alter table schema_versions drop column checksum");

        await using var app = new BotApplication(database: database);
        var saldo = await app.Twilio.SmsAsync("+628123400108", "saldo");

        Assert.StartsWith("Ibu Painem (KPB Mawar): tabungan Rp", saldo.Reply);
        await using var connection = database.Connect();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from schema_versions where checksum is null or length(checksum) <> 64"));
    }

    /// <summary>The service as it ran yesterday on this database: migrated it, loaded the demo, stopped.</summary>
    private static async Task StartOnceAsync(ScratchDatabase database)
    {
        await using var app = new BotApplication(database: database);
        using var client = app.CreateClient();
    }

    private static async Task ExecuteAsync(ScratchDatabase database, string sql, object? parameters = null)
    {
        await using var connection = database.Connect();
        await connection.ExecuteAsync(sql, parameters);
    }
}
