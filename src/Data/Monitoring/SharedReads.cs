using System.Data.Common;

namespace Pkkpm.Data.Monitoring;

/// <summary>
/// The one reader connection of <see cref="MonitoringFigures.SharingLoanBookAsync{T}"/>, and the loan
/// books read on it: each read the first time a family asks for the book of its scope and day, and
/// kept for every family after it. A page reads the book three times (its list, the loan figures,
/// the members in arrears); at a million members it is 250,000 loans.
/// </summary>
internal sealed class SharedReads(DbConnection connection, ReadingLane? otherLane)
{
    private readonly Dictionary<string, LoanBook> _books = new(StringComparer.Ordinal);

    public DbConnection Connection => connection;

    /// <summary>Where reads that need no book take their turn, if the caller gave one.</summary>
    public ReadingLane? OtherLane => otherLane;

    /// <summary>The loan book for <paramref name="key"/>; read by <paramref name="read"/> the first time.</summary>
    public async Task<LoanBook> LoanBookAsync(string key, Func<Task<LoanBook>> read)
    {
        if (_books.TryGetValue(key, out var book)) return book;
        book = await read();
        _books[key] = book;
        return book;
    }
}
