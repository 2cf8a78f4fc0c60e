namespace Pkkpm.Conversations.Engine;

/// <summary>Settings of the conversations (bound from Conversations__* in the host).</summary>
public sealed class ConversationOptions
{
    /// <summary>How long an unanswered question (YA/BATAL, the next amount) waits before it is dropped.</summary>
    public TimeSpan PendingLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The largest amount one entry may carry; larger is refused as a likely typo.</summary>
    public long MaxAmountPerEntry { get; set; } = 10_000_000;

    /// <summary>The hour (WIB) of the day before a meeting when its reminder goes out.</summary>
    public int ReminderHour { get; set; } = 16;

    /// <summary>Loan terms (bound from Loans__* in the host, beside these).</summary>
    public Loans.LoanOptions Loans { get; set; } = new();
}
