using System.Data.Common;
using Dapper;
using Pkkpm.Data.Postgres;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// Loads a folder of seed CSVs (groups, people, loans, ledger, tips) into an empty database, all in
/// one transaction: a bad row stops the load and nothing of it stays. A database that already holds
/// people is left alone, so restarting the service never loads the demo twice.
/// </summary>
public static class SeedLoader
{
    public sealed record Summary(int Groups, int People, int Loans, int LedgerEntries, int Tips);

    public static Task<Summary?> LoadIfEmptyAsync(IDatabase database, string folder, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        LoadIfEmptyAsync(database, folder, now, shiftDays: 0, cancellationToken);

    /// <param name="shiftDays">Added to every date of the files (<see cref="DemoWeek"/>): whole weeks, so weekdays stay.</param>
    public static Task<Summary?> LoadIfEmptyAsync(IDatabase database, string folder, DateTimeOffset now, int shiftDays, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Seeds folder '{folder}' does not exist.");
        return database.ImportAsync<Summary?>(async (connection, transaction) =>
        {
            // Several instances may start at once on an empty PostgreSQL: one loads, the others wait
            // for it and then find people there.
            if (Dialect.IsPostgres(connection))
                await connection.ExecuteAsync("select pg_advisory_xact_lock(@Key)", new { Key = AdvisoryLocks.Seeds }, transaction);
            var people = await connection.ExecuteScalarAsync<long>("select count(*) from people", transaction: transaction);
            if (people > 0) return null;

            var import = new SeedImport(connection, transaction, folder, now, new SeedImport.Rules(ListEveryProblem: false, shiftDays));
            var groups = await import.GroupsAsync();
            var persons = await import.PeopleAsync();
            var loans = await import.LoansAsync();
            var entries = await import.LedgerAsync();
            var tips = await import.TipsAsync();
            return new Summary(groups, persons, loans, entries, tips);
        }, cancellationToken);
    }
}

/// <summary>
/// One load: the rows read so far, so later files can refer to earlier ones, and what the database
/// already holds, so an import into a running programme adds what is new, changes what differs and
/// leaves the rest (an empty database, as for the seeds, holds nothing to compare).
/// </summary>
internal sealed partial class SeedImport(DbConnection connection, DbTransaction transaction, string folder, DateTimeOffset now, SeedImport.Rules rules)
{
    /// <param name="ListEveryProblem">false (seeds): the first bad row stops the load. true (import):
    /// every bad row is listed in <see cref="Problems"/> and the reading goes on; missing files are skipped.</param>
    /// <param name="ShiftDays">Added to every date read (the demo's moving week); 0 for real data.</param>
    internal sealed record Rules(bool ListEveryProblem, int ShiftDays);

    private readonly Dictionary<string, long> _groupIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Member> _members = [];

    private sealed record Member(long PersonId, long GroupId, bool IsPendamping);

    private DateTimeOffset Now => now;

    public List<SeedException> Problems { get; } = [];

    /// <summary>What each file added, changed or found already there, by file name.</summary>
    public Dictionary<string, FileTally> Tallies { get; } = [];

    internal sealed class FileTally
    {
        public int Added { get; set; }
        public int Changed { get; set; }
        public int Unchanged { get; set; }

        /// <summary>The ledger's: how its rows went in.</summary>
        public string? Road { get; set; }
    }

    private FileTally Tally(string file) => Tallies.TryGetValue(file, out var tally) ? tally : Tallies[file] = new FileTally();

    /// <summary>Used as an exception filter: true (the row is listed and the next one read) when every problem is listed.</summary>
    private bool Listed(SeedException problem)
    {
        if (!rules.ListEveryProblem) return false;
        Problems.Add(problem);
        return true;
    }

    /// <summary>The file, or null when it is not there and need not be (or, listing problems, its header is wrong).</summary>
    private SeedFile? Open(string name, bool required, params string[] columns)
    {
        if (!SeedFile.Exists(folder, name) && (!required || rules.ListEveryProblem)) return null;
        try
        {
            return new SeedFile(folder, name, columns);
        }
        catch (SeedException problem) when (Listed(problem))
        {
            return null;
        }
    }

    private DateOnly Date(SeedFile.Row row, string column) => row.Date(column).AddDays(rules.ShiftDays);
}
