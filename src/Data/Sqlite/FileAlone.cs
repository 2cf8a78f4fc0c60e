using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pkkpm.Data.Sqlite;

/// <summary>
/// An import that has the file to itself (the import command, with no service running on the file)
/// writes through a rollback journal instead of the WAL: each page goes into the file once, where in
/// the WAL it went there first and into the file again at the checkpoint, and the index builds read
/// the file instead of looking every page up in the WAL. 12.4M ledger lines: 89-100 s → 66 s.
/// SQLite switches only while no other connection, of any process, has the file open: a running
/// service always does, and the import then shares the file through the WAL as before. A connection
/// that opens while the import has the file waits for its commit (Microsoft.Data.Sqlite up to 30 s;
/// a service starting meanwhile as long as it takes, see the Bot's DatabaseStartup).
/// After the commit or the rollback the file is in WAL again; should the process die before, the
/// next connection rolls the unfinished import back from the journal and, opening, sets WAL again.
/// </summary>
internal static class FileAlone
{
    /// <summary>True when the file now writes through a rollback journal.</summary>
    public static bool TryTake(SqliteConnection connection)
    {
        // Asked once, not waited for: SQLite's busy timeout would wait 5 s (and Microsoft.Data.Sqlite
        // retry for 30 s) for a file the running service keeps open all day.
        var busyTimeout = int.Parse(Pragma(connection, "pragma busy_timeout") ?? "0");
        raw.sqlite3_busy_timeout(connection.Handle, 0);
        try
        {
            return Pragma(connection, "pragma journal_mode = delete") == "delete";
        }
        finally
        {
            raw.sqlite3_busy_timeout(connection.Handle, busyTimeout);
        }
    }

    /// <summary>WAL again, as every connection sets it on opening; waits for one opened meanwhile to let go.</summary>
    public static async Task GiveBackAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "pragma journal_mode = wal";
        var mode = (string?)await command.ExecuteScalarAsync();
        if (mode != "wal") throw new InvalidOperationException($"The file's journal stayed '{mode}' after an import.");
    }

    // Through the handle: a busy file is an answer here, not something to retry.
    private static string? Pragma(SqliteConnection connection, string sql)
    {
        if (raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement) != raw.SQLITE_OK)
        {
            statement.Dispose();
            return null;
        }
        using (statement)
            return raw.sqlite3_step(statement) == raw.SQLITE_ROW ? raw.sqlite3_column_text(statement, 0).utf8_to_string() : null;
    }
}
