using System.Security.Cryptography;
using System.Text;
using Pkkpm.Conversations.Phones;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// Sends nothing: each message is written to the log and counted as sent, so the outbox drains.
/// In Development without a Twilio account the text is logged in full, for the offline demo; with
/// Outbound__LogOnly=true (allowed anywhere) only its length and a hash, since receipts carry
/// names and amounts and logs travel further than the database.
/// </summary>
internal sealed class LogMessageSender : IMessageSender
{
    private readonly ILogger<LogMessageSender> _logger;
    private readonly bool _masked;

    public LogMessageSender(ILogger<LogMessageSender> logger, bool masked)
    {
        _logger = logger;
        _masked = masked;
        if (masked)
            logger.LogWarning("Outbound__LogOnly=true: NO MESSAGE IS SENT to anyone; each is only logged, masked");
        else
            logger.LogWarning("No Twilio account (Twilio__AccountSid, Twilio__AuthToken): NO MESSAGE IS SENT to anyone; each is written to this log");
    }

    public Task<string?> SendAsync(Outgoing message, CancellationToken cancellationToken)
    {
        var template = message.ContentSid is null ? "" : $" (template {message.ContentSid})";
        if (_masked)
            _logger.LogInformation("Not sent (Outbound__LogOnly): outbox {Id} by {Route} to {Phone}{Template}, text of {Length} characters, hash {Hash}",
                message.OutboxId, Routes.Name(message.Route), IndonesianPhone.Mask(message.ToPhone), template, message.Body.Length, Hash(message.Body));
        else
            _logger.LogInformation("Not sent (no Twilio account): outbox {Id} by {Route} to {Phone}{Template}: {Body}",
                message.OutboxId, Routes.Name(message.Route), IndonesianPhone.Mask(message.ToPhone), template, message.Body);
        return Task.FromResult<string?>(null);
    }

    /// <summary>Enough to tell two messages apart, or find one in the outbox, without reading it.</summary>
    private static string Hash(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..8];
}
