namespace Pkkpm.Conversations.Turns;

/// <summary>
/// What an outbound message is. Bulk kinds wait behind a person's own business, are not sent to
/// people who opted out (BERHENTI), and may need an approved WhatsApp template.
/// </summary>
public static class OutboundKinds
{
    public const string Receipt = "receipt";
    public const string Dispute = "dispute";
    public const string PaymentReport = "payment-report";
    public const string Decision = "decision";
    public const string Broadcast = "broadcast";
    public const string MeetingNotice = "meeting";
    public const string Reminder = "reminder";
    public const string Tip = "tip";

    /// <summary>TANYA forwarded to a pendamping, and the pendamping's answer to the member (personal, not bulk).</summary>
    public const string Question = "question";
    public const string Answer = "answer";

    /// <summary>A code to sign in to the console: the person asked for it a moment ago.</summary>
    public const string SignInCode = "sign-in-code";

    /// <summary>The balance a missed call asked for (issue 14): her own business, sent even after BERHENTI.</summary>
    public const string CallBalance = "call-balance";

    /// <summary>
    /// A reply to the person's own message whose turn finished after Twilio had stopped waiting for
    /// it (the writer held by a large import, a stalled disk): sent as a message instead of the answer.
    /// </summary>
    public const string LateReply = "late-reply";

    public static bool IsBulk(string kind) => kind is Broadcast or MeetingNotice or Reminder or Tip;

    /// <summary>0 for one person's own business (receipts, notices about their money), 1 for bulk.</summary>
    public static int Priority(string kind) => IsBulk(kind) ? 1 : 0;
}
