namespace Pkkpm.Bot.Floods;

/// <summary>Bound from Limits__*. 0 turns a limit off.</summary>
public sealed class LimitsOptions
{
    /// <summary>A treasurer's guided round of 25 members is 27 messages; a faster sender is a machine.</summary>
    public int MessagesPerPhonePerMinute { get; set; } = 30;

    /// <summary>Per day in WIB, from midnight.</summary>
    public int MessagesPerPhonePerDay { get; set; } = 500;

    /// <summary>How often a day a number we do not know is told it is not registered.</summary>
    public int UnregisteredRepliesPerDay { get; set; } = 1;

    /// <summary>How many times the same words from one phone within <see cref="LoopWindow"/> are
    /// answered when our answers repeat: the next one is an auto-responder talking to us.</summary>
    public int LoopRepeats { get; set; } = 3;

    public TimeSpan LoopWindow { get; set; } = TimeSpan.FromMinutes(5);
}
