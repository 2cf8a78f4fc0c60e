using System.Data.Common;
using Microsoft.Extensions.Options;
using Pkkpm.Conversations.Phones;
using Pkkpm.Conversations.Turns;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// One claimed outbox row: skip it (bulk to someone who opted out), choose its route, wait for the
/// sender's turn, send, and record what happened in a short write (a message Twilio took shares
/// its write with others sent meanwhile: <see cref="SentRecorder"/>). No transaction is
/// open while Twilio is being called. Twilio refusing our account pauses sending (the row goes back
/// to the queue); any answer about the message itself resumes it.
/// </summary>
internal sealed class MessageDelivery(
    IDatabase database, IMessageSender sender, Routes routes, SenderLimits limits, DeliveryActivity activity,
    SendingPause pause, FailingNumbers failingNumbers, SentRecorder sent,
    IOptions<OutboundOptions> options, TimeProvider clock, ILogger<MessageDelivery> logger)
{
    public async Task DeliverAsync(OutboxDelivery.Claimed row, CancellationToken stoppingToken)
    {
        if (row.OptedOut && OutboundKinds.IsBulk(row.Kind))
        {
            await RecordAsync((c, t) => OutboxDelivery.SkipAsync(c, t, row.Id, "opted out"));
            logger.LogInformation("Outbox {Id} ({Kind}) skipped: {Phone} opted out", row.Id, row.Kind, IndonesianPhone.Mask(row.ToPhone));
            return;
        }

        var route = routes.First(row.Channel, row.Kind, row.LastWhatsAppAt, clock.GetUtcNow());
        while (true)
        {
            await activity.WaitingAsync(() => limits.WaitTurnAsync(route, stoppingToken));
            string? sid;
            try
            {
                var template = route == Route.WhatsAppTemplate ? routes.TemplateFor(row.Kind) : null;
                sid = await sender.SendAsync(new Outgoing(row.Id, row.ToPhone, route, row.Body, template), stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                var failure = SendFailure.From(error);
                if (failure.Then == SendFailure.Outcome.PauseSending)
                {
                    await RecordAsync((c, t) => OutboxDelivery.ReleaseAsync(c, t, row.Id, failure.Code, $"sending paused: {failure.Reason}"));
                    pause.Pause(failure.Reason);
                    return;
                }
                if (failure.ProvesAccountWorks) pause.Resume();
                if (failure.Then == SendFailure.Outcome.OutsideWhatsAppWindow && routes.AfterOutsideWindow(route, row.Kind) is { } next)
                {
                    logger.LogInformation("Outbox {Id}: outside the WhatsApp window, sending by {Route} instead", row.Id, Routes.Name(next));
                    route = next;
                    continue;
                }
                await RecordFailureAsync(row, failure);
                return;
            }

            pause.Resume();
            var recorded = await sent.RecordAsync(new OutboxDelivery.SentMessage(row.Id, sid, Routes.Name(route)));
            if (!recorded) logger.LogWarning("Outbox {Id} was sent again ({Sid}) after its lease ran out", row.Id, sid);
            else logger.LogDebug("Outbox {Id} ({Kind}) sent by {Route} as {Sid}", row.Id, row.Kind, Routes.Name(route), sid);
            return;
        }
    }

    private async Task RecordFailureAsync(OutboxDelivery.Claimed row, SendFailure failure)
    {
        var settings = options.Value;
        if (failure.Then == SendFailure.Outcome.Retry && row.Attempt < settings.MaxAttempts)
        {
            var at = clock.GetUtcNow() + Backoff.Delay(row.Attempt, settings.RetryBaseDelay, settings.RetryMaxDelay);
            await RecordAsync((c, t) => OutboxDelivery.RetryLaterAsync(c, t, row.Id, at, failure.Code, failure.Reason));
            logger.LogInformation("Outbox {Id}: attempt {Attempt} failed ({Reason}); next at {At:O}", row.Id, row.Attempt, failure.Reason, at);
            return;
        }

        var reason = failure.Then == SendFailure.Outcome.Retry ? $"gave up after {row.Attempt} attempts: {failure.Reason}" : failure.Reason;
        await RecordAsync(async (c, t) =>
        {
            await OutboxDelivery.FailAsync(c, t, row.Id, failure.Code, reason);
            if (failure.OptsOut) await OutboxDelivery.OptOutAsync(c, t, row.ToPhone, clock.GetUtcNow());
            await failingNumbers.FailedAsync(c, t, row.ToPhone, failure.Code, clock.GetUtcNow());
            return true;
        });
        logger.LogWarning("Outbox {Id} ({Kind}) to {Phone} failed: {Reason}", row.Id, row.Kind, IndonesianPhone.Mask(row.ToPhone), reason);
    }

    // Not the stopping token: an outcome Twilio has given is always recorded.
    private Task<bool> RecordAsync(Func<DbConnection, DbTransaction, Task<bool>> work) =>
        database.WriteAsync(work, CancellationToken.None);

    private Task<bool> RecordAsync(Func<DbConnection, DbTransaction, Task> work) =>
        RecordAsync(async (c, t) => { await work(c, t); return true; });
}
