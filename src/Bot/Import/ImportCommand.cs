using System.Data.Common;
using Pkkpm.Data;
using Pkkpm.Data.Import;
using Pkkpm.Data.Migrations;

namespace Pkkpm.Bot.Import;

/// <summary>
/// `import FOLDER [--dry-run]`: the seed CSVs in FOLDER (any of groups, people, loans, ledger, tips)
/// into the service's database while it runs, in one transaction (<see cref="FolderImport"/>).
/// Exit 0: imported (or, dry, would import) the counts printed; 1: bad lines, one `file:line: reason`
/// each, or no database, and nothing changed; 2: not understood, the usage.
/// </summary>
internal static class ImportCommand
{
    public const string Usage = "usage: import FOLDER [--dry-run]   (groups.csv, people.csv, loans.csv, ledger.csv, tips.csv: any of them)";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, CommandSettings.Read(), TimeProvider.System, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TimeProvider clock, TextWriter output, TextWriter errors)
    {
        var dryRun = args.Contains("--dry-run");
        if (args.Where(a => a != "--dry-run").ToList() is not [var folder] || folder.StartsWith('-'))
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        if (!Directory.Exists(folder))
        {
            await errors.WriteLineAsync($"Folder '{folder}' does not exist.");
            return 1;
        }
        if (!FolderImport.Files.Any(f => File.Exists(Path.Combine(folder, f))))
        {
            await errors.WriteLineAsync($"Nothing to import: none of {string.Join(", ", FolderImport.Files)} in '{folder}'.");
            return 1;
        }

        var database = CommandSettings.OpenDatabase(configuration, errors);
        if (database is null) return 2;
        try
        {
            await Migrator.ApplyAsync(database);
            var result = await FolderImport.RunAsync(database, folder, dryRun, clock.GetUtcNow(), fileUse: FolderImport.FileUseOfTheCommand(folder, dryRun));
            return await ReportAsync(result, dryRun, sqlite: database.Provider == DatabaseOptions.Sqlite, output, errors);
        }
        catch (DbException e)
        {
            await errors.WriteLineAsync($"Nothing imported: {e.Message}");
            return 1;
        }
        finally
        {
            if (database is IAsyncDisposable disposable) await disposable.DisposeAsync();
        }
    }

    private static async Task<int> ReportAsync(ImportResult result, bool dryRun, bool sqlite, TextWriter output, TextWriter errors)
    {
        if (!result.IsClean)
        {
            foreach (var problem in result.Problems) await errors.WriteLineAsync(problem.ToString());
            await errors.WriteLineAsync($"{result.Problems.Count} bad line(s): nothing imported.");
            return 1;
        }
        foreach (var file in result.Files) await output.WriteLineAsync(file.ToString());
        await output.WriteLineAsync(dryRun ? "Dry run: nothing changed." : "Imported.");
        // On SQLite the running service records nothing while an import holds the writer: say how long.
        if (sqlite)
            await output.WriteLineAsync(dryRun
                ? $"The import would hold the database about {Seconds(result.Held)} s (plus its commit): the service's messages meanwhile wait or are refused."
                : result.ServiceStoodAside
                    ? $"Held the database {Seconds(result.Held)} s, with the file to itself: the running service stood aside and answered 503 meanwhile."
                    : result.FileAlone
                        ? $"Held the database {Seconds(result.Held)} s, with the file to itself (no service had it open)."
                        : $"Held the database {Seconds(result.Held)} s.");
        return 0;
    }

    private static string Seconds(TimeSpan held) => held.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
