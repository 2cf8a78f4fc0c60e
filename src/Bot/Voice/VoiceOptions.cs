namespace Pkkpm.Bot.Voice;

/// <summary>Bound from Voice__*: the missed-call balance check (issue 14).</summary>
public sealed class VoiceOptions
{
    /// <summary>One balance SMS per number within this many minutes; a call within it is rejected and sends nothing (0 = no limit).</summary>
    public int MinutesBetweenBalances { get; set; } = 10;

    /// <summary>true: the call is answered and the balance read aloud (for members who cannot read) before the SMS; false: rejected unanswered, free for the caller.</summary>
    public bool Answer { get; set; }
}
