using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Pkkpm.Data.Sqlite;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// One insert the import runs for every row of a file, written the way each database takes many
/// rows fastest: on SQLite an insert compiled once and run for each row (<see cref="PreparedInsert"/>),
/// on PostgreSQL rows written by binary COPY (<see cref="CopiedInsert"/>).
/// Values are given in the order of the columns. A row may not be in the table until <see cref="FlushAsync"/>:
/// anything that refers to it (a membership to its person) comes after that, or names it as <c>after</c>.
/// On PostgreSQL the connection is in COPY until then: the import flushes before any other statement.
/// </summary>
internal abstract class RepeatedInsert : IAsyncDisposable
{
    /// <param name="table">The table, whose id (when <paramref name="withIds"/>) comes from its own sequence.</param>
    /// <param name="after">Rows of another table these rows refer to: written before these, every time.</param>
    public static async Task<RepeatedInsert> OpenAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns,
        bool withIds = false, RepeatedInsert? after = null) => connection switch
    {
        NpgsqlConnection postgres => await CopiedInsert.OpenAsync(postgres, table, columns, withIds, (CopiedInsert?)after),
        StatementCachingConnection cached => new PreparedInsert(cached.Inner, (SqliteTransaction)transaction, table, columns, withIds),
        SqliteConnection sqlite => new PreparedInsert(sqlite, (SqliteTransaction)transaction, table, columns, withIds),
        _ => throw new NotSupportedException(connection.GetType().Name),
    };

    /// <summary>A new row; its id, known at once (the row itself may wait, see the class summary).</summary>
    public abstract Task<long> IdAsync(params object?[] values);

    /// <summary>A new row of a table without an id of its own.</summary>
    public abstract Task RunAsync(params object?[] values);

    /// <summary>Writes the rows still waiting (those of <c>after</c> first). Not called, they are dropped with the failed import.</summary>
    public abstract Task FlushAsync();

    public abstract ValueTask DisposeAsync();
}
