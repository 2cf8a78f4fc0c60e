using System.Reflection;
using Dapper;
using Pkkpm.Data.Postgres;

namespace Pkkpm.Data.Migrations;

/// <summary>
/// Plain versioned SQL scripts, embedded in this assembly as Migrations/{Provider}/NNNN_name.sql and
/// applied in order at start, each in its own transaction with its row in schema_versions.
/// Running it again applies nothing: a script is never applied twice. Both databases share one
/// history: the same versions and names, a dialect file for each.
/// </summary>
public static class Migrator
{
    private const string CreateSqliteVersions = """
        create table if not exists schema_versions (
            version    integer primary key,
            name       text not null,
            applied_at text not null
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
            applied_at timestamptz not null
        )
        """;

    public static Task<IReadOnlyList<string>> ApplyAsync(IDatabase database, CancellationToken cancellationToken = default) =>
        ApplyAsync(database, int.MaxValue, cancellationToken);

    /// <summary>The scripts up to and including <paramref name="lastVersion"/>: a test of a script
    /// starts from the schema just before it, with rows written the old way.</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(IDatabase database, int lastVersion, CancellationToken cancellationToken = default)
    {
        var prepare = database.Provider == DatabaseOptions.Postgres ? CreatePostgresVersions : CreateSqliteVersions;
        var applied = new List<string>();
        foreach (var script in Scripts(database.Provider).TakeWhile(s => s.Version <= lastVersion))
        {
            var ran = await database.WriteAsync(async (connection, transaction) =>
            {
                await connection.ExecuteAsync(prepare, transaction: transaction);
                var done = await connection.ExecuteScalarAsync<int>(
                    "select count(*) from schema_versions where version = @Version", new { script.Version }, transaction);
                if (done > 0) return false;
                await connection.ExecuteAsync(script.Sql, transaction: transaction);
                await connection.ExecuteAsync(
                    "insert into schema_versions (version, name, applied_at) values (@Version, @Name, @AppliedAt)",
                    new { script.Version, script.Name, AppliedAt = DateTimeOffset.UtcNow }, transaction);
                return true;
            }, cancellationToken);
            if (ran) applied.Add(script.Name);
        }
        return applied;
    }

    /// <summary>True when the database answers and every script has been applied.</summary>
    public static async Task<bool> IsCurrentAsync(IDatabase database, CancellationToken cancellationToken = default)
    {
        var latest = Scripts(database.Provider).Max(s => s.Version);
        var current = await database.ReadAsync(connection =>
            connection.ExecuteScalarAsync<int?>("select max(version) from schema_versions"), cancellationToken);
        return current == latest;
    }

    private sealed record Script(int Version, string Name, string Sql);

    private static IEnumerable<Script> Scripts(string provider)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"{typeof(Migrator).Namespace}.{Capitalize(provider)}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[prefix.Length..^".sql".Length];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return new Script(int.Parse(name[..4]), name, reader.ReadToEnd());
            })
            .OrderBy(s => s.Version);
    }

    private static string Capitalize(string provider) => char.ToUpperInvariant(provider[0]) + provider[1..];
}
