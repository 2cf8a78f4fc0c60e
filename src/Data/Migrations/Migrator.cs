using System.Security.Cryptography;
using System.Text;
using Dapper;
using Pkkpm.Data.Postgres;

namespace Pkkpm.Data.Migrations;

/// <summary>
/// Plain versioned SQL scripts (<see cref="MigrationScript"/>), applied in order at start, each in
/// its own transaction with its row in schema_versions, which records the script's checksum.
/// Running it again applies nothing: a script is never applied twice. Both databases share one
/// history: the same versions and names, a dialect file for each. Before applying anything the
/// recorded history is checked (<see cref="MigrationHistory"/>): an applied script must never be
/// edited again; a change is a new script.
/// </summary>
public static class Migrator
{
    // checksum: null in rows written before checksums were recorded, until the next start fills it.
    private const string CreateSqliteVersions = """
        create table if not exists schema_versions (
            version    integer primary key,
            name       text not null,
            applied_at text not null,
            checksum   text
        )
        """;

    // Several instances may start at once: the first to take the lock applies a script, the others
    // wait and then find it applied. The lock ends with each script's transaction; it comes before
    // the create because concurrent "create table if not exists" can still collide in PostgreSQL.
    private static readonly string CreatePostgresVersions = $"""
        select pg_advisory_xact_lock({AdvisoryLocks.Migrations});
        create table if not exists schema_versions (
            version    integer primary key,
            name       text not null,
            applied_at timestamptz not null,
            checksum   text
        )
        """;

    public static Task<IReadOnlyList<string>> ApplyAsync(IDatabase database, CancellationToken cancellationToken = default) =>
        ApplyAsync(database, int.MaxValue, cancellationToken);

    /// <summary>The scripts up to and including <paramref name="lastVersion"/>: a test of a script
    /// starts from the schema just before it, with rows written the old way.</summary>
    /// <exception cref="MigrationHistoryException">An applied script was edited, or the database is newer than the code.</exception>
    public static async Task<IReadOnlyList<string>> ApplyAsync(IDatabase database, int lastVersion, CancellationToken cancellationToken = default)
    {
        var prepare = database.Provider == DatabaseOptions.Postgres ? CreatePostgresVersions : CreateSqliteVersions;
        var scripts = MigrationScript.For(database.Provider);
        await database.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(prepare, transaction: transaction);
            await MigrationHistory.CheckAsync(connection, transaction, scripts);
            return 0;
        }, cancellationToken);

        var applied = new List<string>();
        foreach (var script in scripts.TakeWhile(s => s.Version <= lastVersion))
        {
            var ran = await database.WriteAsync(async (connection, transaction) =>
            {
                await connection.ExecuteAsync(prepare, transaction: transaction);
                var done = await connection.ExecuteScalarAsync<int>(
                    "select count(*) from schema_versions where version = @Version", new { script.Version }, transaction);
                if (done > 0) return false;
                await connection.ExecuteAsync(script.Sql, transaction: transaction);
                await connection.ExecuteAsync(
                    "insert into schema_versions (version, name, applied_at, checksum) values (@Version, @Name, @AppliedAt, @Checksum)",
                    new { script.Version, script.Name, AppliedAt = DateTimeOffset.UtcNow, script.Checksum }, transaction);
                return true;
            }, cancellationToken);
            if (ran) applied.Add(script.Name);
        }
        return applied;
    }

    /// <summary>True when the database answers and every script has been applied.</summary>
    public static async Task<bool> IsCurrentAsync(IDatabase database, CancellationToken cancellationToken = default)
    {
        var latest = MigrationScript.For(database.Provider)[^1].Version;
        var current = await database.ReadAsync(connection =>
            connection.ExecuteScalarAsync<int?>("select max(version) from schema_versions"), cancellationToken);
        return current == latest;
    }

    /// <summary>
    /// SHA-256 (hex) of a script's text with its line endings made "\n": the same file checked out
    /// with CRLF (Windows, core.autocrlf) is the same script and must not stop the start.
    /// </summary>
    public static string ChecksumOf(string sql) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
}
