namespace Pkkpm.Conversations.Sms;

/// <summary>Fitting text into as few single-segment SMS as possible.</summary>
public static class SmsPages
{
    public const int OneSegment = 160;

    /// <summary>Lines joined into pages of at most one segment each, never splitting a line.</summary>
    public static IReadOnlyList<string> Pack(IEnumerable<string> lines, string separator = ", ")
    {
        var pages = new List<string>();
        var page = "";
        foreach (var line in lines)
        {
            var candidate = page.Length == 0 ? line : page + separator + line;
            if (page.Length > 0 && !SmsLength.FitsOneSegment(candidate))
            {
                pages.Add(page);
                candidate = line;
            }
            page = candidate;
        }
        if (page.Length > 0) pages.Add(page);
        return pages;
    }

    /// <summary>
    /// A list inside one SMS: <paramref name="before"/>, the items joined with commas, then
    /// <paramref name="after"/>; when they do not all fit (the 15 group codes of a pendamping, the
    /// numbers of a mistyped ABSEN), as many as fit and "dll".
    /// </summary>
    public static string ListWithin(string before, IReadOnlyList<string> items, string after)
    {
        var whole = before + string.Join(", ", items) + after;
        if (SmsLength.FitsOneSegment(whole)) return whole;
        var count = items.Count - 1;
        while (count > 1 && !SmsLength.FitsOneSegment(Cut(count))) count--;
        return Cut(count);

        string Cut(int shown) => before + string.Join(", ", items.Take(shown)) + " dll" + after;
    }

    /// <summary>Consecutive replies joined with a space while the result still fits one segment.</summary>
    public static IReadOnlyList<string> JoinShort(IReadOnlyList<string> replies) => Pack(replies, " ");
}
