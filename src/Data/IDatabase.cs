using System.Data.Common;

namespace Pkkpm.Data;

/// <summary>
/// The one way in to the database. Reads run on their own pooled connection. Writes run inside a
/// transaction the database owns: on SQLite a single writer runs them one after another (and may
/// commit several in one transaction); the caller's work must therefore only use the connection and
/// transaction it is given, and its result counts only once the returned task completes (committed).
/// </summary>
public interface IDatabase
{
    string Provider { get; }

    Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken = default);

    Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default);

    /// <summary>
    /// A write nobody is waiting to be answered (a broadcast's next batch): on SQLite it gives way
    /// to turns waiting for the single writer; PostgreSQL has no single writer, so it is a write.
    /// </summary>
    Task<T> WriteInBackgroundAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        WriteAsync(work, cancellationToken);

    /// <summary>
    /// An import (seeds, import FOLDER), whose work makes every reference itself, from rows it has
    /// read or written in the same transaction. On SQLite it runs alone like a background write, with
    /// the foreign-key checks off: they were about 30 % of the cost of inserting a ledger row (three
    /// parent lookups each). PostgreSQL checks them as ever: a write. <paramref name="fileUse"/>: whether
    /// SQLite may take the file to itself (the import command's, not the running service's; see
    /// <see cref="ImportFileUse"/>).
    /// </summary>
    Task<T> ImportAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default, ImportFileUse fileUse = ImportFileUse.Shared) =>
        WriteAsync(work, cancellationToken);
}
