using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Migrations;

/// <summary>
/// What schema_versions says was applied, checked against the scripts this version carries, before
/// anything is applied. A script edited after it ran would leave databases that ran the old text
/// and databases that ran the new one with the same version number and different data (0004 once
/// rewrote rows); a database with scripts the code does not know was made by a newer version, whose
/// schema this code has never seen. Either stops the start.
/// </summary>
internal static class MigrationHistory
{
    public static async Task CheckAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<MigrationScript> scripts)
    {
        await AddChecksumColumnAsync(connection, transaction);
        var applied = (await connection.QueryAsync<(long Version, string Name, string? Checksum)>(
            "select version, name, checksum from schema_versions order by version", transaction: transaction)).ToList();
        var known = scripts.ToDictionary(s => (long)s.Version);

        var unknown = applied.Where(a => !known.ContainsKey(a.Version)).Select(a => a.Name).ToList();
        if (unknown.Count > 0)
            throw new MigrationHistoryException(
                $"The database has migration {string.Join(", ", unknown)}, which this version of the service does not have: a newer version " +
                $"applied it (this one knows up to {scripts[^1].Name}). Run that version, or restore a backup taken before it.");

        foreach (var row in applied)
        {
            var script = known[row.Version];
            if (row.Name != script.Name)
                throw new MigrationHistoryException(
                    $"Migration {row.Name} was applied to this database, but this version calls it {script.Name}. " +
                    "Put the file's name back; a change belongs in a new migration.");
            if (row.Checksum is not null && row.Checksum != script.Checksum)
                throw new MigrationHistoryException(
                    $"Migration {row.Name} was edited after it was applied to this database (checksum {row.Checksum[..12]} when applied, " +
                    $"{script.Checksum[..12]} now). Put the file back as it was and make the change in a new migration.");
        }

        // Applied before checksums were recorded: the files this version carries are taken as what ran.
        var unrecorded = applied.Where(a => a.Checksum is null).Select(a => new { a.Version, known[a.Version].Checksum }).ToList();
        if (unrecorded.Count > 0)
            await connection.ExecuteAsync("update schema_versions set checksum = @Checksum where version = @Version and checksum is null",
                unrecorded, transaction);
    }

    /// <summary>schema_versions is the migrator's own table: it grows its checksum column here, not in a script.</summary>
    private static async Task AddChecksumColumnAsync(DbConnection connection, DbTransaction transaction)
    {
        var columnSql = Dialect.IsPostgres(connection)
            ? "select count(*) from information_schema.columns where table_schema = current_schema() and table_name = 'schema_versions' and column_name = 'checksum'"
            : "select count(*) from pragma_table_info('schema_versions') where name = 'checksum'";
        if (await connection.ExecuteScalarAsync<long>(columnSql, transaction: transaction) == 0)
            await connection.ExecuteAsync("alter table schema_versions add column checksum text", transaction: transaction);
    }
}
