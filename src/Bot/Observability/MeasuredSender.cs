using System.Diagnostics;
using Pkkpm.Bot.Outbound;

namespace Pkkpm.Bot.Observability;

/// <summary>The sender, with each send traced and counted: taken by Twilio, or failed with Twilio's code.</summary>
internal sealed class MeasuredSender(IMessageSender inner, BotMetrics metrics) : IMessageSender
{
    public async Task<string?> SendAsync(Outgoing message, CancellationToken cancellationToken)
    {
        var route = Routes.Name(message.Route);
        using var activity = BotActivities.Source.StartActivity("send", ActivityKind.Client);
        activity?.SetTag("pkkpm.outbox_id", message.OutboxId);
        activity?.SetTag("pkkpm.route", route);
        try
        {
            var sid = await inner.SendAsync(message, cancellationToken);
            metrics.Sent(route);
            return sid;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = SendFailure.From(e);
            var code = failure.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
            metrics.SendFailed(route, code);
            activity?.SetStatus(ActivityStatusCode.Error, failure.Reason);
            activity?.SetTag("pkkpm.twilio_code", code);
            throw;
        }
    }
}
