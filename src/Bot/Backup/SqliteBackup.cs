using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Pkkpm.Bot.Backup;

/// <summary>
/// VACUUM INTO copies the database as one read transaction sees it: in WAL mode the service goes on
/// writing meanwhile, and the copy holds every committed turn up to that moment, none after, none
/// half (a turn is one transaction). The copy is written beside FILE under a temporary name, flushed
/// to disk (SQLite does not sync it) and only then given FILE's name, so FILE is either a whole
/// backup or absent. An existing FILE is never overwritten.
/// </summary>
internal static class SqliteBackup
{
    public static async Task<string> WriteAsync(string connectionString, string target)
    {
        var source = new SqliteConnectionStringBuilder(connectionString);
        var sourcePath = Path.GetFullPath(source.DataSource);
        if (!File.Exists(sourcePath)) throw new BackupException($"No database at {sourcePath}: check ConnectionStrings__Pkkpm.");
        if (File.Exists(target) || Directory.Exists(target)) throw new BackupException($"{target} already exists; a backup never overwrites one. Give a new name.");
        if (!Directory.Exists(Path.GetDirectoryName(target))) throw new BackupException($"No folder {Path.GetDirectoryName(target)} to write {Path.GetFileName(target)} in.");

        var partial = $"{target}.{Environment.ProcessId}.partial";
        try
        {
            await CopyAsync(sourcePath, partial);
            var summary = await DescribeAsync(partial);
            using (var file = new FileStream(partial, FileMode.Open, FileAccess.ReadWrite)) file.Flush(flushToDisk: true);
            File.Move(partial, target, overwrite: false);
            return $"Wrote {target} ({new FileInfo(target).Length:N0} bytes), a consistent copy of {sourcePath}: {summary}.";
        }
        catch (IOException e) when (File.Exists(target))
        {
            throw new BackupException($"{target} appeared while the backup was written; nothing was overwritten ({e.Message}).");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(partial);
        }
    }

    private static async Task CopyAsync(string sourcePath, string partial)
    {
        // ReadWrite, never create: a wrong path must not make an empty database to back up.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = sourcePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync("pragma busy_timeout = 5000");
        await connection.ExecuteAsync("vacuum into @Target", new { Target = partial });
    }

    /// <summary>What the copy holds, read from the copy itself, after SQLite's own check of it.</summary>
    private static async Task<string> DescribeAsync(string path)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var check = await connection.ExecuteScalarAsync<string>("pragma integrity_check");
        if (check != "ok") throw new BackupException($"The copy failed SQLite's integrity check ({check}); nothing was kept.");
        var migration = await connection.ExecuteScalarAsync<string>("select name from schema_versions order by version desc limit 1");
        var entries = await connection.ExecuteScalarAsync<long>("select count(*) from ledger_entries");
        var messages = await connection.ExecuteScalarAsync<long>("select count(*) from inbound_messages");
        var queued = await connection.ExecuteScalarAsync<long>("select count(*) from outbox where status = 'queued'");
        var culture = CultureInfo.InvariantCulture;
        return string.Create(culture, $"schema {migration}, {entries:N0} ledger entries, {messages:N0} messages received, {queued:N0} waiting to be sent");
    }
}
