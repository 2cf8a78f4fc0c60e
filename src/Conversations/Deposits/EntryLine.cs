using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Deposits;

/// <summary>One member and one amount from a SETOR, ANGSURAN or TARIK message.</summary>
/// <param name="Amount">Any outcome but Empty or NotANumber: an AskBack, TooLarge, Zero,
/// Negative or Ambiguous amount is kept, so the caller can ask about that line alone.</param>
/// <param name="AmountText">The amount exactly as typed ("Rp 50.000,-"), to quote back.</param>
public sealed record EntryLine(MemberRef Member, AmountReading Amount, string AmountText);

/// <summary>Why a message's lines could not be read: the caller names the fragment in its reply.</summary>
public enum EntryProblem
{
    /// <summary>Nothing after the keyword.</summary>
    Empty,
    /// <summary>A member with no amount after it: "Sri".</summary>
    MissingAmount,
    /// <summary>An amount with no member before it: "50rb".</summary>
    MissingMember,
    /// <summary>Text that is neither a member nor an amount: "Sri lima pulu ribu" gives "lima pulu ribu".</summary>
    Unreadable,
}

/// <summary>The first part of a message that could not be read, exactly as typed ("" when Empty).</summary>
public sealed record EntryError(EntryProblem Problem, string Fragment);

/// <summary>Either every pair of the message (in the order typed) or the first problem in it;
/// a message with one bad part is refused whole, so no half-read message gets booked.</summary>
public sealed record EntryLinesResult(IReadOnlyList<EntryLine> Lines, EntryError? Error)
{
    internal static EntryLinesResult Failed(EntryProblem problem, string fragment) => new([], new EntryError(problem, fragment));
}
