using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Pkkpm.Data.Sqlite;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// Writes imported ledger rows at the speed a large import needs, inside the import's transaction:
/// binary COPY on PostgreSQL (<see cref="CopiedLedgerRows"/>), one insert compiled once and run
/// for every row on SQLite (<see cref="InsertedLedgerRows"/>). Every row has source 'import' and
/// the import's moment as recorded_at.
/// </summary>
internal abstract class ImportedLedgerRows : IAsyncDisposable
{
    protected const string Columns = "group_id, person_id, kind, amount, loan_id, occurred_on, source, source_ref, note, recorded_at";

    public static async Task<ImportedLedgerRows> OpenAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset recordedAt) => connection switch
    {
        NpgsqlConnection postgres => await CopiedLedgerRows.OpenAsync(postgres, recordedAt),
        StatementCachingConnection cached => InsertedLedgerRows.Open(cached.Inner, (SqliteTransaction)transaction, recordedAt),
        SqliteConnection sqlite => InsertedLedgerRows.Open(sqlite, (SqliteTransaction)transaction, recordedAt),
        _ => throw new NotSupportedException(connection.GetType().Name),
    };

    /// <summary>How the rows go in, in a few words for the import's output.</summary>
    public abstract string Road { get; }

    public abstract ValueTask WriteAsync(long groupId, long personId, string kind, long amount, long? loanId, DateOnly date, string sourceRef, string? note);

    /// <summary>After the last row: the rows are then in the import's transaction. Not called: they are not.</summary>
    public abstract Task CompleteAsync();

    public abstract ValueTask DisposeAsync();
}
