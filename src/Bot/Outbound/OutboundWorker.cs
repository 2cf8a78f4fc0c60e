using Microsoft.Extensions.Options;
using Pkkpm.Bot.Observability;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// Drains the outbox: while there are free slots (Outbound__Concurrency) and due rows, claims rows
/// (receipts first, then bulk, each oldest first) and hands each to <see cref="MessageDelivery"/>.
/// When nothing is due it looks again after Outbound__PollInterval. Stopping abandons the sends in
/// flight: their leases run out and they are claimed again, so a stop costs at most that many
/// duplicates and never a lost message. While sending is paused (<see cref="SendingPause"/>) it
/// claims nothing but one row per try.
/// </summary>
internal sealed class OutboundWorker(
    IDatabase database, MessageDelivery delivery, DeliveryActivity activity, SendingPause pause, IOptions<OutboundOptions> options,
    TimeProvider clock, ILogger<OutboundWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var slots = new SemaphoreSlim(settings.SendsAtOnce);
        var sending = new List<Task>();
        try
        {
            while (true)
            {
                // The first look waits too: nothing touches the database before the app has started.
                await Task.Delay(settings.PollInterval, clock, stoppingToken);
                if (pause.IsWaiting(clock.GetUtcNow()) || !await AnyDueAsync(stoppingToken)) continue;
                int claimed, wanted;
                do
                {
                    await slots.WaitAsync(stoppingToken);
                    var most = pause.MayClaim(settings.SendsAtOnce, clock.GetUtcNow());
                    if (most == 0)
                    {
                        slots.Release();
                        break;
                    }
                    wanted = 1;
                    while (wanted < most && slots.Wait(0)) wanted++;
                    activity.Begin();
                    try
                    {
                        var rows = await ClaimAsync(wanted, settings.Lease, stoppingToken);
                        claimed = rows.Count;
                        if (wanted > claimed) slots.Release(wanted - claimed);
                        sending.RemoveAll(t => t.IsCompleted);
                        foreach (var row in rows) sending.Add(DeliverAsync(row, slots, stoppingToken));
                    }
                    finally
                    {
                        activity.End();
                    }
                } while (claimed == wanted);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await Task.WhenAll(sending);
        }
    }

    private async Task<bool> AnyDueAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await database.ReadAsync(c => OutboxDelivery.AnyDueAsync(c, clock.GetUtcNow()), stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogFailedPass(e, "Could not look at the outbox; trying again at the next poll");
            return false;
        }
    }

    private async Task<IReadOnlyList<OutboxDelivery.Claimed>> ClaimAsync(int limit, TimeSpan lease, CancellationToken stoppingToken)
    {
        try
        {
            return await database.WriteAsync((c, t) =>
            {
                var now = clock.GetUtcNow();
                return OutboxDelivery.ClaimAsync(c, t, limit, now, now + lease);
            }, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogFailedPass(e, "Could not claim outbox rows; trying again at the next poll");
            return [];
        }
    }

    private async Task DeliverAsync(OutboxDelivery.Claimed row, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        activity.Begin();
        try
        {
            await Task.Yield(); // the claim loop goes on while this one is sent
            await delivery.DeliverAsync(row, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Abandoned mid-send: the lease runs out and the row is claimed again.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Outbox {Id}: delivery failed unexpectedly; it is claimed again when its lease runs out", row.Id);
        }
        finally
        {
            activity.End();
            slots.Release();
        }
    }
}
