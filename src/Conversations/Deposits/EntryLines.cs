using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Deposits;

/// <summary>
/// Reads the arguments of SETOR, ANGSURAN and TARIK: one or more pairs of a member and an amount,
/// "Sri 50rb, Siti 25rb", "1 50rb 2 25rb", "0812-3400-107 50rb", "Sri#50rb#Siti#25rb".
/// <list type="bullet">
/// <item>A member is a list number (1-99, one word), a phone number in any Indonesian form, or a
/// name of one or more words that are not amount words (rb, jt, lima, ...).</item>
/// <item>An amount is any run of words <see cref="AmountParser"/> reads, even if it reads
/// as AskBack, Zero, Negative, TooLarge or Ambiguous: the caller asks about those lines.</item>
/// <item>Commas, semicolons, #, /, newlines and "dan" separate pairs. They may also stand between
/// a member and its amount ("Sri#50rb"), but never inside a member or an amount.</item>
/// <item>Without separators ("1 50rb 2 25rb", "Sri 50rb Siti 25rb") the message is cut into as
/// many pairs as can be read, so a bare small number followed by an amount is a list number:
/// "1 1jt 2 500" is 1jt for member 1 and 500 for member 2, not 1.002.500 for member 1.</item>
/// <item>Within a pair the amount is the longest run of words that reads as one, the member is
/// what comes before it: "Sri Wahyuni 1jt 500rb", "+62 812 3400 107 50 ribu".</item>
/// </list>
/// </summary>
public static class EntryLines
{
    public static EntryLinesResult Parse(string arguments, long maxPerEntry)
    {
        var pairs = new EntryPairs(arguments ?? "", maxPerEntry);
        if (pairs.Words.Count == 0)
            return EntryLinesResult.Failed(EntryProblem.Empty, "");
        return MostPairs(pairs) is { } lines
            ? new EntryLinesResult(lines, null)
            : FirstProblem(pairs);
    }

    // Dynamic programming from the end: best[i] is the reading of words i.. with the most pairs,
    // the first one found (in the order EntryPairs.From tries) on a tie.
    private static List<EntryLine>? MostPairs(EntryPairs pairs)
    {
        var count = pairs.Words.Count;
        var best = new List<EntryLine>?[count + 1];
        best[count] = [];
        for (var start = count - 1; start >= 0; start--)
        {
            foreach (var (_, end, line) in pairs.From(start))
            {
                if (best[end] is { } rest && (best[start] is null || rest.Count + 1 > best[start]!.Count))
                    best[start] = [line, .. rest];
            }
        }
        return best[0];
    }

    // The message reads up to some word and no further: the trouble is the text from that word
    // up to the next separator.
    private static EntryLinesResult FirstProblem(EntryPairs pairs)
    {
        var count = pairs.Words.Count;
        var reachedBy = new (int AmountStart, AmountReading Amount)?[count + 1];
        reachedBy[0] = (0, new AmountReading(AmountOutcome.Ok, 0));
        var furthest = 0;
        for (var start = 0; start < count; start++)
        {
            if (reachedBy[start] is null) continue;
            furthest = start;
            foreach (var (amountStart, end, line) in pairs.From(start))
                reachedBy[end] ??= (amountStart, line.Amount);
        }

        var stop = pairs.NextBreak(furthest);
        var fragment = pairs.Text(furthest, stop);
        if (pairs.Member(furthest, stop) is not null)
            return EntryLinesResult.Failed(EntryProblem.MissingAmount, fragment);
        if (IsAmount(pairs.Amount(furthest, stop)))
            return EntryLinesResult.Failed(EntryProblem.MissingMember, fragment);
        // "Sri lima pulu ribu" reads as Sri with a bare "lima", then fails at "pulu": a bare number
        // just before unreadable text is more likely the start of it.
        if (reachedBy[furthest] is { Amount.Outcome: AmountOutcome.AskBack } previous && !pairs.Words[furthest].AfterBreak)
            return EntryLinesResult.Failed(EntryProblem.Unreadable, pairs.Text(previous.AmountStart, stop));
        // "Sri 50rb@": point at what follows the member, not at the member too.
        for (var memberEnd = furthest + 1; memberEnd < stop && memberEnd - furthest <= TypedMember.MaxWords; memberEnd++)
        {
            if (pairs.Member(furthest, memberEnd) is not null)
                return EntryLinesResult.Failed(EntryProblem.Unreadable, pairs.Text(memberEnd, stop));
        }
        // "50rb Sri" (amount first): say the amount has no member.
        for (var amountEnd = stop - 1; amountEnd > furthest; amountEnd--)
        {
            if (IsAmount(pairs.Amount(furthest, amountEnd)))
                return EntryLinesResult.Failed(EntryProblem.MissingMember, pairs.Text(furthest, amountEnd));
        }
        return EntryLinesResult.Failed(EntryProblem.Unreadable, fragment);
    }

    internal static bool IsAmount(AmountReading amount) =>
        amount.Outcome is not (AmountOutcome.NotANumber or AmountOutcome.Empty);
}
