namespace Pkkpm.Conversations.Turns;

/// <summary>
/// One message as the conversation sees it: already authenticated, the sender's number in E.164.
/// The channel adapter (Twilio) builds it; nothing here knows where it came from.
/// </summary>
public sealed record InboundMessage(
    string MessageSid,
    string FromPhone,
    Channel Channel,
    string Body,
    DateTimeOffset ReceivedAt);
