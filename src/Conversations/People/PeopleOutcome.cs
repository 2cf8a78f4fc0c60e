using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.People;

/// <summary>
/// What a confirmed request about people did: the answer to whoever asked (by chat or in the console)
/// and the SMS to the people concerned. The chat queues them as the turn's effects, the console in
/// its own transaction: the same texts to the same outbox.
/// </summary>
public sealed record PeopleOutcome(bool Recorded, string Reply, IReadOnlyList<QueueOutbound> Messages)
{
    public static PeopleOutcome Refused(string reply) => new(false, reply, []);

    /// <summary>Kind of the SMS to the people concerned: about their own membership, never bulk.</summary>
    public const string Kind = "people";
}
