using System.Data.Common;
using Pkkpm.Data.Export;

namespace Pkkpm.Bot.Import;

/// <summary>
/// `export FOLDER`: the programme in the seed formats (<see cref="FolderExport"/>), read from one
/// snapshot while the service runs. Never overwrites a file: exit 1 and nothing written.
/// </summary>
internal static class ExportCommand
{
    public const string Usage = "usage: export FOLDER   (writes groups.csv, people.csv, loans.csv, ledger.csv, tips.csv; none may exist yet)";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, CommandSettings.Read(), Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter errors)
    {
        if (args is not [var folder] || folder.StartsWith('-'))
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        var database = CommandSettings.OpenDatabase(configuration, errors);
        if (database is null) return 2;
        try
        {
            var summary = await FolderExport.WriteAsync(database, folder);
            await output.WriteLineAsync($"Wrote {Path.GetFullPath(folder)}: {summary.Groups} groups, {summary.People} people, {summary.Loans} loans, {summary.LedgerEntries} ledger entries, {summary.Tips} tips.");
            return 0;
        }
        catch (Exception e) when (e is IOException or DbException)
        {
            await errors.WriteLineAsync(e.Message);
            return 1;
        }
        finally
        {
            if (database is IAsyncDisposable disposable) await disposable.DisposeAsync();
        }
    }
}
