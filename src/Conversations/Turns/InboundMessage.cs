namespace Pkkpm.Conversations.Turns;

/// <summary>
/// One message as the conversation sees it: already authenticated, the sender's number in E.164.
/// The channel adapter (Twilio) builds it; nothing here knows where it came from.
/// </summary>
/// <param name="OptOut">Twilio's own reading of an SMS opt-out keyword (its OptOutType field:
/// STOP, START, HELP), which wins over ours: Twilio has already blocked or unblocked the number.</param>
/// <param name="MediaType">The content type of the first attachment ("audio/ogg" for a WhatsApp
/// voice note, "image/jpeg"), or null when the message has none.</param>
public sealed record InboundMessage(
    string MessageSid,
    string FromPhone,
    Channel Channel,
    string Body,
    DateTimeOffset ReceivedAt,
    string? OptOut = null,
    string? MediaType = null);
