using Microsoft.Extensions.Options;
using Pkkpm.Bot.Observability;

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
                // The moment the figures are for; the next take is counted from it.
                var takenAt = clock.GetUtcNow();
                try
                {
                    if (await snapshots.WorthTakingAsync(stoppingToken))
                    {
                        var started = clock.GetTimestamp();
                        takenAt = (await snapshots.TakeAsync(stoppingToken)).TakenAt;
                        logger.LogInformation("Programme snapshot taken in {Elapsed} ms", (long)clock.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The page keeps the previous snapshot, or computes live without one.
                    logger.LogFailedPass(e, "Programme snapshot failed; trying again at the next interval");
                }
                await Task.Delay(UntilNextTake(takenAt), clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// The interval after the take began, or sooner when a new week or month begins: from that moment
    /// the snapshot no longer holds the page's default period, and every programme page would be
    /// computed live (seconds at 1M members) until the interval ran out. Counted from when the take
    /// began, so a week that began while it ran is taken again at once.
    /// </summary>
    private TimeSpan UntilNextTake(DateTimeOffset takenAt)
    {
        var rollover = ConsolePeriod.NextRollover(takenAt);
        var next = takenAt + options.Value.Interval;
        if (rollover < next) next = rollover;
        var wait = next - clock.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
