namespace Pkkpm.Conversations.Turns;

/// <summary>The way a message reached us. A basic phone only has SMS.</summary>
public enum Channel
{
    Sms,
    WhatsApp,
}
