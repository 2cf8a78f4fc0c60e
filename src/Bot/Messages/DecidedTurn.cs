using Pkkpm.Conversations.Turns;

namespace Pkkpm.Bot.Messages;

/// <summary>A turn decided outside the writer, on a snapshot where the person's conversation was at
/// <paramref name="Version"/>: it is committed as it is only if the conversation is still there.</summary>
public sealed record DecidedTurn(TurnResult Turn, long Version);
