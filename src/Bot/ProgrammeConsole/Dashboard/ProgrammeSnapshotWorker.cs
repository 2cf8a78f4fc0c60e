using Microsoft.Extensions.Options;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>
/// Takes the programme snapshot at start and every Console__ProgrammeSnapshot__Interval after, when
/// the programme is large enough to need one. Reads only: no writer time, so turns never wait on it.
/// </summary>
internal sealed class ProgrammeSnapshotWorker(
    ProgrammeSnapshots snapshots, IOptions<ProgrammeSnapshotOptions> options, TimeProvider clock, ILogger<ProgrammeSnapshotWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                try
                {
                    if (await snapshots.WorthTakingAsync(stoppingToken))
                    {
                        var started = clock.GetTimestamp();
                        await snapshots.TakeAsync(stoppingToken);
                        logger.LogInformation("Programme snapshot taken in {Elapsed} ms", (long)clock.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The page keeps the previous snapshot, or computes live without one.
                    logger.LogError(e, "Programme snapshot failed; trying again at the next interval");
                }
                await Task.Delay(options.Value.Interval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
