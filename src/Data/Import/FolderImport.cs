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

    /// <summary>
    /// From this size of its files together (about 1.4M ledger lines, 7 s shared through the WAL) the
    /// import command asks a service running on SQLite's file to let go of it. The service writes
    /// nothing while an import runs anyway; standing aside it also stops reading, and answers 503 at
    /// once. A smaller import shares the file: the service's turns wait its few seconds out (SQLite's
    /// busy wait is 5 s) and are answered, instead of being refused.
    /// </summary>
    public const long AskTheServiceFromBytes = 64L << 20;

    /// <summary>The import command's use of SQLite's file: asking the service for it when the files are large, never for a dry run.</summary>
    public static ImportFileUse FileUseOfTheCommand(string folder, bool dryRun) =>
        !dryRun && Files.Sum(f => new FileInfo(Path.Combine(folder, f)) is { Exists: true } file ? file.Length : 0) >= AskTheServiceFromBytes
            ? ImportFileUse.AloneAskingTheService
            : ImportFileUse.AloneWhenFree;

    /// <param name="fileUse">The import command's (<see cref="FileUseOfTheCommand"/>): on SQLite the file may be the import's alone.</param>
    public static async Task<ImportResult> RunAsync(IDatabase database, string folder, bool dryRun, DateTimeOffset now, CancellationToken cancellationToken = default,
        ImportFileUse fileUse = ImportFileUse.Shared)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Folder '{folder}' does not exist.");
        var started = 0L;
        try
        {
            var imported = await database.ImportAsync(async (connection, transaction) =>
            {
                // From the writer's start on the work: the time the service's own writes wait on SQLite.
                started = Stopwatch.GetTimestamp();
                var alone = fileUse != ImportFileUse.Shared && !Dialect.IsPostgres(connection)
                    && await connection.ExecuteScalarAsync<string>("pragma journal_mode", transaction: transaction) == "delete";
                // The request is there only while the import holds it, once a service would not let go at once.
                var serviceStoodAside = alone && fileUse == ImportFileUse.AloneAskingTheService && File.Exists(Sqlite.ImportRequest.PathFor(connection.DataSource));
                var import = new SeedImport(connection, transaction, folder, now, new SeedImport.Rules(ListEveryProblem: true, ShiftDays: 0));
                await import.GroupsAsync();
                await import.PeopleAsync();
                await import.LoansAsync();
                await import.LedgerAsync();
                await import.TipsAsync();
                var result = new ImportResult(
                    [.. import.Problems.Select(p => new ImportProblem(p.File, p.Line, p.Reason)).OrderBy(p => Array.IndexOf(Files, p.File)).ThenBy(p => p.Line)],
                    [.. Files.Where(import.Tallies.ContainsKey).Select(f => new FileCounts(f, import.Tallies[f].Added, import.Tallies[f].Changed, import.Tallies[f].Unchanged, import.Tallies[f].Road))],
                    Applied: !dryRun, FileAlone: alone, ServiceStoodAside: serviceStoodAside);
                // Thrown, the work is rolled back: nothing of a dry run or of a file with a bad line stays.
                if (dryRun || result.Problems.Count > 0) throw new RolledBack(result with { Applied = false });
                return result;
            }, cancellationToken, fileUse);
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
