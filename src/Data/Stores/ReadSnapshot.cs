using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Pkkpm.Data.Sqlite;

namespace Pkkpm.Data.Stores;

/// <summary>
/// A read-only transaction: every query in it sees the database as it was at its first read, so a
/// turn decided outside the writer decides on one consistent picture.
/// </summary>
public static class ReadSnapshot
{
    public static async Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite begins IMMEDIATE by default, which takes the write lock: a deferred
        // transaction takes only a WAL read snapshot, so readers never wait for the writer.
        if (connection is StatementCachingConnection cached) return cached.BeginDeferredTransaction();
        if (connection is SqliteConnection sqlite) return sqlite.BeginTransaction(deferred: true);
        return await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
    }
}
