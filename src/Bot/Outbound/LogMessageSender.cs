using Pkkpm.Conversations.Phones;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// Without Twilio credentials (the local default) messages are written to the log and counted as
/// sent, so the demo works offline and the outbox still drains.
/// </summary>
internal sealed class LogMessageSender : IMessageSender
{
    private readonly ILogger<LogMessageSender> _logger;

    public LogMessageSender(ILogger<LogMessageSender> logger)
    {
        _logger = logger;
        logger.LogWarning("Twilio__AccountSid or Twilio__AuthToken is not set: outbound messages are only written to this log");
    }

    public Task<string?> SendAsync(Outgoing message, CancellationToken cancellationToken)
    {
        _logger.LogInformation("Outbox {Id} by {Route} to {Phone}{Template}: {Body}",
            message.OutboxId, Routes.Name(message.Route), IndonesianPhone.Mask(message.ToPhone),
            message.ContentSid is null ? "" : $" (template {message.ContentSid})", message.Body);
        return Task.FromResult<string?>(null);
    }
}
