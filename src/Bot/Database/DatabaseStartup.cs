using Pkkpm.Conversations.Engine;
using Pkkpm.Data;
using Pkkpm.Data.Migrations;
using Pkkpm.Data.Seeds;

namespace Pkkpm.Bot.Database;

/// <summary>
/// Brings the database up to date before the first request: hosted services start before the
/// server listens, so a webhook never meets a half-made schema. A SQLite file that an import command
/// has to itself (no service was on it: Data's FileAlone) cannot be opened until the import's
/// commit: the service waits for it, saying so, instead of stopping.
/// </summary>
internal sealed class DatabaseStartup(IDatabase database, SeedOptions seeds, TimeProvider clock, ILogger<DatabaseStartup> logger) : IHostedService
{
    private static readonly TimeSpan BusyFileRetry = TimeSpan.FromSeconds(2);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await MigrateWhenTheFileIsFreeAsync(cancellationToken);
        if (applied.Count > 0) logger.LogInformation("Applied migrations: {Migrations}", string.Join(", ", applied));

        if (seeds.Folder is null) return;
        // The demo's dates follow the clock (DemoWeek); real seeds have no anchor and stay as written.
        var shift = DemoWeek.ShiftDays(seeds.Folder, Wib.Today(clock));
        var loaded = await SeedLoader.LoadIfEmptyAsync(database, seeds.Folder, clock.GetUtcNow(), shift, cancellationToken);
        if (loaded is not null)
            logger.LogInformation("Loaded seeds from {Folder}: {Summary}, dates moved by {Days} days", seeds.Folder, loaded, shift);
    }

    private async Task<IReadOnlyList<string>> MigrateWhenTheFileIsFreeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await Migrator.ApplyAsync(database, cancellationToken);
            }
            // Microsoft.Data.Sqlite has already retried for its timeout (30 s): a large import may take minutes.
            catch (Exception e) when (database.Provider == DatabaseOptions.Sqlite && DatabaseUnavailable.Is(e))
            {
                logger.LogWarning("The database file is held by another process (an import that has it to itself?): the service starts after it. {Reason}", e.Message);
                await Task.Delay(BusyFileRetry, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
