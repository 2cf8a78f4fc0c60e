using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Understanding;

/// <summary>Who writes and what the conversation waits for: all a reading needs beside the words.</summary>
public sealed record ReadingContext(Role Role, Awaiting Awaiting)
{
    public static readonly ReadingContext Idle = new(Role.Anggota, Awaiting.Nothing);
}
