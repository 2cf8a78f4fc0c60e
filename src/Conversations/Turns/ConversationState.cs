namespace Pkkpm.Conversations.Turns;

/// <summary>
/// The state of one person's conversation (by phone, whatever the channel), kept in the database
/// between messages: the service may restart or run as several instances between two messages of
/// the same person.
/// <see cref="Data"/> is the pending step's own payload (JSON), owned by the flow that set it.
/// </summary>
public sealed record ConversationState(string Step, string? Data, DateTimeOffset? ExpiresAt)
{
    public const string IdleStep = "Idle";

    public static ConversationState Idle { get; } = new(IdleStep, null, null);

    public bool IsIdle => Step == IdleStep;

    public bool HasExpired(DateTimeOffset now) => ExpiresAt is { } at && at <= now;
}
