using Microsoft.Extensions.Options;
using Pkkpm.Bot.Observability;
using Pkkpm.Conversations.Broadcasts;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Broadcasts;

/// <summary>
/// Expands recorded broadcasts into outbox rows, a batch of Broadcasts__BatchSize members per writer
/// unit, oldest broadcast first. Each batch is its own short transaction in the writer's background
/// lane: it runs when no turn is waiting (or every 100 ms at the least), so a turn waits behind one
/// batch at most. It starts with what a
/// previous run left half-done, wakes when a YA commits, and looks again every Broadcasts__PollInterval.
/// </summary>
internal sealed class BroadcastFanOut(
    IDatabase database, BroadcastSignal signal, IOptions<BroadcastOptions> options, TimeProvider clock, ILogger<BroadcastFanOut> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            while (true)
            {
                try
                {
                    await ExpandAllAsync(settings.BatchSize, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The failed batch rolled back whole; the cursor is where the last good one left it.
                    logger.LogFailedPass(e, "Broadcast fan-out failed; trying again at the next wake or poll");
                }
                await signal.WaitAsync(settings.PollInterval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ExpandAllAsync(int batchSize, CancellationToken stoppingToken)
    {
        // A look first: with nothing waiting, the writer is not asked for anything.
        while (await database.ReadAsync(BroadcastExpansion.AnyWaitingAsync, stoppingToken))
        {
            BroadcastExpansion.Batch? batch;
            do
            {
                batch = await database.WriteInBackgroundAsync((c, t) => BroadcastExpansion.ExpandNextAsync(c, t, batchSize, clock.GetUtcNow()), stoppingToken);
                if (batch is null) break;
                logger.LogDebug("Broadcast {Code}: {Rows} row(s) queued", BroadcastCodes.Format(batch.BroadcastId), batch.Rows);
            } while (!batch.Done);
            // Null: what still waits is locked by another instance, which is expanding it.
            if (batch is null) return;
            logger.LogInformation("Broadcast {Code} is in the outbox whole", BroadcastCodes.Format(batch.BroadcastId));
        }
    }
}
