using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Monitoring;

/// <summary>
/// The one reader connection of <see cref="MonitoringFigures.SharingLoanBookAsync{T}"/>, and the loan
/// books computed on it: each is a temporary table, made the first time a family asks for the book of
/// its scope and day, and read by every family after it. At a million members a loan book is about
/// 0.4 s of CPU; a page reads it three times (its list, the loan figures, the members in arrears).
/// </summary>
internal sealed class SharedReads(DbConnection connection, ReadingLane? otherLane)
{
    private readonly Dictionary<string, string> _books = new(StringComparer.Ordinal);

    public DbConnection Connection => connection;

    /// <summary>Where reads that need no book take their turn, if the caller gave one.</summary>
    public ReadingLane? OtherLane => otherLane;

    /// <summary>The name of the table that holds the loan book for <paramref name="key"/>; made by <paramref name="create"/> (given the name) the first time.</summary>
    public async Task<string> LoanBookAsync(string key, Func<string, Task> create)
    {
        if (_books.TryGetValue(key, out var table)) return table;
        table = $"shared_loan_book_{_books.Count + 1}";
        // SQLite keeps temporary tables in a file by default, read back through a reader's 2 MB
        // cache: a programme's book (250,000 loans, about 25 MB) stays in memory instead, until
        // DropAsync. Setting it drops the connection's temporary tables, so only before the first.
        if (_books.Count == 0 && !Dialect.IsPostgres(connection)) await connection.ExecuteAsync("pragma temp_store = memory");
        await create(table);
        _books[key] = table;
        return table;
    }

    /// <summary>
    /// Drops the books before the connection goes back to the readers. A drop that fails leaves a
    /// table behind that the next <see cref="LoanBookAsync"/> on this connection drops before it
    /// makes its own (and PostgreSQL's pool discards a connection's temporary tables): it must not
    /// turn a page that was read into an error.
    /// </summary>
    public async Task DropAsync()
    {
        foreach (var table in _books.Values)
        {
            try { await connection.ExecuteAsync($"drop table if exists {table}"); }
            catch (DbException) { }
        }
        if (_books.Count > 0 && !Dialect.IsPostgres(connection))
        {
            // And the memory the book took goes back (the connection keeps its cache otherwise).
            try { await connection.ExecuteAsync("pragma temp_store = default; pragma shrink_memory"); }
            catch (DbException) { }
        }
    }
}
