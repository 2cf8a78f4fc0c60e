using Pkkpm.Conversations.Engine;
using Pkkpm.Data;
using Pkkpm.Data.Migrations;
using Pkkpm.Data.Seeds;

namespace Pkkpm.Bot.Database;

/// <summary>
/// Brings the database up to date before the first request: hosted services start before the
/// server listens, so a webhook never meets a half-made schema.
/// </summary>
internal sealed class DatabaseStartup(IDatabase database, SeedOptions seeds, TimeProvider clock, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await Migrator.ApplyAsync(database, cancellationToken);
        if (applied.Count > 0) logger.LogInformation("Applied migrations: {Migrations}", string.Join(", ", applied));

        if (seeds.Folder is null) return;
        // The demo's dates follow the clock (DemoWeek); real seeds have no anchor and stay as written.
        var shift = DemoWeek.ShiftDays(seeds.Folder, Wib.Today(clock));
        var loaded = await SeedLoader.LoadIfEmptyAsync(database, seeds.Folder, clock.GetUtcNow(), shift, cancellationToken);
        if (loaded is not null)
            logger.LogInformation("Loaded seeds from {Folder}: {Summary}, dates moved by {Days} days", seeds.Folder, loaded, shift);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
