namespace Pkkpm.Bot.Outbound;

/// <summary>One message on its way: to a phone (E.164), by a route, with its text or its template.</summary>
internal sealed record Outgoing(long OutboxId, string ToPhone, Route Route, string Body, string? ContentSid);

/// <summary>Twilio's REST API, or the log when there are no credentials.</summary>
internal interface IMessageSender
{
    /// <summary>Twilio's MessageSid (null when only logged). Throws when Twilio did not take it.</summary>
    Task<string?> SendAsync(Outgoing message, CancellationToken cancellationToken);
}
