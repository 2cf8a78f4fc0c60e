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

    /// <summary>Webhooks being answered at once; the next one gets 503 with Retry-After at once,
    /// instead of a queue that outlives Twilio's 15 s timeout.</summary>
    public int TurnsInFlight { get; set; } = 256;

    /// <summary>A turn not decided, or not yet taken up by the writer, within this time is given up
    /// (nothing of it is recorded) and answered 503. A turn the writer has started always finishes,
    /// so 4 s and not 5: its unit and the commit it shares still fit before 5 s, the longest any
    /// webhook should wait (issue 11).</summary>
    public TimeSpan TurnDeadline { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Twilio waits 15 s for the answer to a message. A turn committed later than this
    /// after the message came sends its replies as messages (kind late-reply), in the same commit,
    /// and answers Twilio with none: the person gets her answer either way, once.</summary>
    public TimeSpan LateReplyAfter { get; set; } = TimeSpan.FromSeconds(10);
}
