using Microsoft.Data.Sqlite;
using Npgsql;

namespace Pkkpm.Data;

/// <summary>
/// Errors that say the database could not take the work now, not that the work was wrong: SQLite's
/// file held by another process (an `import` in its own process) past Microsoft.Data.Sqlite's retries
/// (30 s), or PostgreSQL out of reach or refusing for the moment. The transaction was rolled back, so
/// nothing of the work was recorded: the caller refuses it, and it may come again.
/// </summary>
public static class DatabaseUnavailable
{
    private const int SqliteBusy = 5, SqliteLocked = 6;

    public static bool Is(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }) return true;
            if (e is NpgsqlException { IsTransient: true }) return true;
        }
        return false;
    }
}
