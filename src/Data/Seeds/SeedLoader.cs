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

    public static Task<Summary?> LoadIfEmptyAsync(IDatabase database, string folder, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Seeds folder '{folder}' does not exist.");
        return database.WriteAsync<Summary?>(async (connection, transaction) =>
        {
            // Several instances may start at once on an empty PostgreSQL: one loads, the others wait
            // for it and then find people there.
            if (Dialect.IsPostgres(connection))
                await connection.ExecuteAsync("select pg_advisory_xact_lock(@Key)", new { Key = AdvisoryLocks.Seeds }, transaction);
            var people = await connection.ExecuteScalarAsync<long>("select count(*) from people", transaction: transaction);
            if (people > 0) return null;

            var import = new SeedImport(connection, transaction, folder, now);
            var groups = await import.GroupsAsync();
            var persons = await import.PeopleAsync();
            var loans = await import.LoansAsync();
            var entries = await import.LedgerAsync();
            var tips = await import.TipsAsync();
            return new Summary(groups, persons, loans, entries, tips);
        }, cancellationToken);
    }
}

/// <summary>One load: the rows read so far, so later files can refer to earlier ones.</summary>
internal sealed partial class SeedImport(DbConnection connection, DbTransaction transaction, string folder, DateTimeOffset now)
{
    private readonly Dictionary<string, long> _groupIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Member> _members = [];

    private sealed record Member(long PersonId, long GroupId, bool IsPendamping);

    private DateTimeOffset Now => now;

    private Task<long> InsertAsync(string sql, object row) =>
        connection.ExecuteScalarAsync<long>(sql + " returning id", row, transaction);
}
