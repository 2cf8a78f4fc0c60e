using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Pkkpm.Bot.Outbound;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Twilio;

/// <summary>
/// POST /twilio/status: Twilio's word on a message we sent (StatusCallback). Callbacks come out of
/// order and more than once, so a status only moves forward and a repeat changes nothing; a
/// MessageSid that is not ours is answered 204 too, so Twilio does not try again. What the word
/// means is acted on in the same write: a person's own message that did not arrive is sent again
/// by SMS (<see cref="LateResends"/>), and the number's run of failures is counted or ended
/// (<see cref="FailingNumbers"/>).
/// </summary>
internal static class StatusCallbacks
{
    // queued < sending < sent < delivered/undelivered/failed < read. canceled ends it as well.
    private static readonly Dictionary<string, int> Order = new(StringComparer.Ordinal)
    {
        ["accepted"] = 0, ["scheduled"] = 0, ["queued"] = 0,
        ["sending"] = 1,
        ["sent"] = 2,
        ["delivered"] = 3, ["undelivered"] = 3, ["failed"] = 3, ["canceled"] = 3,
        ["read"] = 4,
    };

    public static bool MovesForward(string? current, string next) =>
        Order.TryGetValue(next, out var to)
        && (current is null || (current != "canceled" && Order.TryGetValue(current, out var from) && to > from));

    public static async Task<Results<NoContent, BadRequest<string>>> ReceiveAsync(
        HttpContext http, IDatabase database, FailingNumbers failingNumbers, TimeProvider clock, ILoggerFactory loggers)
    {
        var form = (InboundForm)http.Items[TwilioSignature.FormItem]!;
        var sid = form["MessageSid"];
        var status = form["MessageStatus"].ToLowerInvariant();
        if (sid.Length == 0 || status.Length == 0)
            return TypedResults.BadRequest("MessageSid and MessageStatus are required.");
        int? errorCode = int.TryParse(form["ErrorCode"], NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code != 0 ? code : null;

        // Not the request's token: once started, the update commits even if Twilio hangs up.
        await database.WriteAsync(async (connection, transaction) =>
        {
            var sent = await OutboxDelivery.FindByTwilioSidAsync(connection, transaction, sid);
            if (sent is null || !MovesForward(sent.DeliveryStatus, status)) return false;
            var now = clock.GetUtcNow();
            await OutboxDelivery.SetDeliveryStatusAsync(connection, transaction, sent.Id, status, errorCode);
            // The carrier reports STOP (21610) here too: no more bulk messages to this person.
            if (errorCode == SendFailure.Unsubscribed) await OutboxDelivery.OptOutAsync(connection, transaction, sent.ToPhone, now);
            if (status is "delivered" or "read") await failingNumbers.ReachedAsync(connection, transaction, sent.ToPhone);
            if (status is "failed" or "undelivered") await failingNumbers.FailedAsync(connection, transaction, sent.ToPhone, errorCode, now);
            if (LateResends.Wanted(sent, status, errorCode)
                && await OutboxDelivery.QueueSmsResendAsync(connection, transaction, sent.Id, now) is { } resend)
                loggers.CreateLogger(typeof(StatusCallbacks)).LogInformation(
                    "Outbox {Id} ({Kind}) was {Status} ({Code}): sent again by SMS as outbox {Resend}", sent.Id, sent.Kind, status, errorCode, resend);
            return true;
        }, CancellationToken.None);
        return TypedResults.NoContent();
    }
}
