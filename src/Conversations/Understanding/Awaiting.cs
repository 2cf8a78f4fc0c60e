namespace Pkkpm.Conversations.Understanding;

/// <summary>What the conversation waits for when a message arrives: the same words mean different
/// things then ("belum" answers a round question with 0; "nggih" after a meeting notice is HADIR).</summary>
public enum Awaiting
{
    /// <summary>Nothing: the message starts something.</summary>
    Nothing,

    /// <summary>A summary or a question that ends "Balas YA ..., BATAL ...".</summary>
    Confirmation,

    /// <summary>The guided deposit round's question: this member's deposit.</summary>
    RoundAmount,

    /// <summary>A meeting notice the member has not answered yet (HADIR, IZIN or SAKIT).</summary>
    MeetingReply,
}
