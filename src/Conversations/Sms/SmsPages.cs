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

    /// <summary>Consecutive replies joined with a space while the result still fits one segment.</summary>
    public static IReadOnlyList<string> JoinShort(IReadOnlyList<string> replies) => Pack(replies, " ");
}
