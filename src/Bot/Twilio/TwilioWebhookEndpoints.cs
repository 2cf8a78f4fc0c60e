using Pkkpm.Bot.Messages;
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
    private static async Task<IResult> ReceiveMessageAsync(HttpContext http, MessageTurns turns, TimeProvider clock)
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
        // Not the request's token: a turn that has started commits even if Twilio hangs up, so
        // its retry finds the MessageSid done rather than half the work.
        var replies = await turns.HandleAsync(message, CancellationToken.None);
        return TwiML.Reply(replies);
    }
}
