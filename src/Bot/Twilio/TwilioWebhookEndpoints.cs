using Microsoft.Extensions.Options;
using Pkkpm.Bot.Floods;
using Pkkpm.Bot.Messages;
using Pkkpm.Bot.Observability;
using Pkkpm.Bot.Overload;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Phones;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Bot.Twilio;

public static class TwilioWebhookEndpoints
{
    public static RouteGroupBuilder MapTwilioWebhooks(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/twilio");
        group.AddEndpointFilter<TwilioSignature>();
        group.MapPost("/messages", ReceiveMessageAsync).DisableAntiforgery();
        group.MapPost("/status", StatusCallbacks.ReceiveAsync).DisableAntiforgery();
        return group;
    }

    /// <summary>An inbound SMS or WhatsApp message: answer it in TwiML once its turn is committed.</summary>
    private static async Task<IResult> ReceiveMessageAsync(HttpContext http, MessageTurns turns, TimeProvider clock, TurnsInFlight inFlight, IOptions<LimitsOptions> limits, BotMetrics metrics, ILogger<MessageTurns> logger)
    {
        var form = (InboundForm)http.Items[TwilioSignature.FormItem]!;
        var sid = form["MessageSid"];
        var from = form["From"];
        if (sid.Length == 0 || from.Length == 0)
            return TypedResults.BadRequest("MessageSid and From are required.");

        var channel = from.StartsWith("whatsapp:", StringComparison.OrdinalIgnoreCase) ? Channel.WhatsApp : Channel.Sms;
        var address = channel == Channel.WhatsApp ? from["whatsapp:".Length..] : from;
        // Twilio sends E.164 already; a number we cannot read stays as sent and is simply unknown.
        var phone = IndonesianPhone.TryNormalize(address, out var e164) ? e164 : address;

        var optOut = form["OptOutType"];
        var mediaType = int.TryParse(form["NumMedia"], out var media) && media > 0
            ? (form["MediaContentType0"] is { Length: > 0 } type ? type : "application/octet-stream")
            : null;
        var message = new InboundMessage(sid, phone, channel, form["Body"], clock.GetUtcNow(), optOut.Length > 0 ? optOut : null, mediaType);
        if (!inFlight.TryEnter())
        {
            metrics.LimitHit(OverloadSetup.TurnsInFlightLimit);
            return OverloadSetup.Shed(http);
        }
        // Not the request's token: a turn that has started commits even if Twilio hangs up, so
        // its retry finds the MessageSid done rather than half the work. The deadline only gives up
        // on a turn the writer has not taken up yet (wall-clock time: it is about a queue, not the calendar).
        using var deadline = new CancellationTokenSource(limits.Value.TurnDeadline);
        try
        {
            return TwiML.Reply(await turns.HandleAsync(message, deadline.Token));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            logger.LogWarning("Gave up on {Message} after {Deadline}: nothing recorded, answered 503", ConversationEngine.Describe(message), limits.Value.TurnDeadline);
            metrics.LimitHit(OverloadSetup.TurnDeadlineLimit);
            return OverloadSetup.Shed(http);
        }
        finally
        {
            inFlight.Exit();
        }
    }
}
