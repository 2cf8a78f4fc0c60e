using System.Diagnostics;
using Dapper;
using Pkkpm.Data.Seeds;

namespace Pkkpm.Data.Import;

/// <summary>
/// The seed CSVs (groups, people, loans, ledger, tips; any of them) into a running programme's
/// database, in one transaction: every bad line is listed and nothing is kept, or everything is.
/// A dry run does the same work and always rolls it back, so its preview is exactly what the
/// import would do. Dates are taken as written (the demo's moving week is for seeds only).
/// </summary>
public static class FolderImport
{
    public static readonly string[] Files = ["groups.csv", "people.csv", "loans.csv", "ledger.csv", "tips.csv"];

    /// <param name="fileAlone">The import command's: on SQLite the file is the import's alone when no one else has it open.</param>
    public static async Task<ImportResult> RunAsync(IDatabase database, string folder, bool dryRun, DateTimeOffset now, CancellationToken cancellationToken = default,
        bool fileAlone = false)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Folder '{folder}' does not exist.");
        var started = 0L;
        try
        {
            var imported = await database.ImportAsync(async (connection, transaction) =>
            {
                // From the writer's start on the work: the time the service's own writes wait on SQLite.
                started = Stopwatch.GetTimestamp();
                var alone = fileAlone && !Dialect.IsPostgres(connection)
                    && await connection.ExecuteScalarAsync<string>("pragma journal_mode", transaction: transaction) == "delete";
                var import = new SeedImport(connection, transaction, folder, now, new SeedImport.Rules(ListEveryProblem: true, ShiftDays: 0));
                await import.GroupsAsync();
                await import.PeopleAsync();
                await import.LoansAsync();
                await import.LedgerAsync();
                await import.TipsAsync();
                var result = new ImportResult(
                    [.. import.Problems.Select(p => new ImportProblem(p.File, p.Line, p.Reason)).OrderBy(p => Array.IndexOf(Files, p.File)).ThenBy(p => p.Line)],
                    [.. Files.Where(import.Tallies.ContainsKey).Select(f => new FileCounts(f, import.Tallies[f].Added, import.Tallies[f].Changed, import.Tallies[f].Unchanged, import.Tallies[f].Road))],
                    Applied: !dryRun, FileAlone: alone);
                // Thrown, the work is rolled back: nothing of a dry run or of a file with a bad line stays.
                if (dryRun || result.Problems.Count > 0) throw new RolledBack(result with { Applied = false });
                return result;
            }, cancellationToken, fileAlone);
            return imported with { Held = Stopwatch.GetElapsedTime(started) };
        }
        catch (RolledBack rolledBack)
        {
            return rolledBack.Result with { Held = Stopwatch.GetElapsedTime(started) };
        }
    }

    private sealed class RolledBack(ImportResult result) : Exception("rolled back")
    {
        public ImportResult Result { get; } = result;
    }
}
