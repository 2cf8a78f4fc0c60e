using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pkkpm.Data.Sqlite;

/// <summary>
/// An import that has the file to itself (the import command, with no service running on the file)
/// writes through a rollback journal instead of the WAL: each page goes into the file once, where in
/// the WAL it went there first and into the file again at the checkpoint, and the index builds read
/// the file instead of looking every page up in the WAL. 12.4M ledger lines: 89-100 s → 66 s.
/// SQLite switches only while no other connection, of any process, has the file open. A running
/// service always has: a large import asks it to let go first (<see cref="ImportRequest"/>), and a
/// service that does not within <see cref="LetGoWithin"/> is shared with through the WAL, as a
/// small import always is. A connection that opens while the import has the file waits for its
/// commit (Microsoft.Data.Sqlite up to 30 s; a service starting meanwhile as long as it takes, see
/// the Bot's DatabaseStartup).
/// After the commit or the rollback the file is in WAL again; should the process die before, the
/// next connection rolls the unfinished import back from the journal and, opening, sets WAL again.
/// </summary>
internal sealed class FileAlone
{
    /// <summary>The service looks for a request every 0.2 s and lets go once its commit and reads in flight are done.</summary>
    public static readonly TimeSpan LetGoWithin = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan TryEvery = TimeSpan.FromMilliseconds(50);

    private readonly SqliteConnection _connection;
    private readonly ImportRequest? _request;

    private FileAlone(SqliteConnection connection, ImportRequest? request)
    {
        _connection = connection;
        _request = request;
    }

    /// <summary>The file, now writing through a rollback journal; null when it stays shared.</summary>
    public static async Task<FileAlone?> TakeAsync(SqliteConnection connection, ImportFileUse use)
    {
        if (use == ImportFileUse.Shared) return null;
        if (TryTake(connection)) return new(connection, null);
        if (use != ImportFileUse.AloneAskingTheService || await ImportRequest.MakeAsync(connection.DataSource) is not { } request) return null;
        var asked = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(asked) < LetGoWithin)
        {
            await Task.Delay(TryEvery);
            if (TryTake(connection)) return new(connection, request);
        }
        // Withdrawn: the service takes its file back, and the import shares it.
        request.Dispose();
        return null;
    }

    /// <summary>True when the file now writes through a rollback journal.</summary>
    private static bool TryTake(SqliteConnection connection)
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

    /// <summary>WAL again, as every connection sets it on opening; then the service, if it stood aside, takes the file back.</summary>
    public async Task GiveBackAsync()
    {
        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = "pragma journal_mode = wal";
            var mode = (string?)await command.ExecuteScalarAsync();
            if (mode != "wal") throw new InvalidOperationException($"The file's journal stayed '{mode}' after an import.");
        }
        finally
        {
            _request?.Dispose();
        }
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
