namespace Pkkpm.Conversations.Turns;

/// <summary>
/// What one inbound message leads to: the replies to the sender, the effects to commit with them
/// (ledger entries, outbound messages to other people) and the conversation's next state.
/// The caller commits all of it in one transaction, then answers.
/// </summary>
public sealed record TurnResult(
    IReadOnlyList<string> Replies,
    IReadOnlyList<Effect> Effects,
    ConversationState NextState)
{
    /// <summary>What the message was read as (an Intent's name, "Unregistered", "Attachment"): for metrics, never for decisions.</summary>
    public string Intent { get; init; } = "None";

    public static TurnResult Reply(string text, ConversationState next) => new([text], [], next);
}

/// <summary>A change the turn asks the store to make, inside the turn's transaction.</summary>
public abstract record Effect;

/// <summary>
/// A message to someone other than the sender (a receipt, a notice), queued in the outbox.
/// <paramref name="Channel"/> null: where that person last wrote to us (SMS if never).
/// </summary>
public sealed record QueueOutbound(string ToPhone, Channel? Channel, string Body, string Kind, long? BroadcastId = null) : Effect;
