namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// Damerau-Levenshtein distance, optimal string alignment variant: insertions, deletions,
/// substitutions and swaps of two neighbouring letters ("slado") each cost one.
/// </summary>
internal static class EditDistance
{
    /// <summary>The distance, or <paramref name="limit"/> + 1 as soon as it is sure to exceed the limit.</summary>
    public static int Between(string a, string b, int limit)
    {
        // The distance is at least the difference in length.
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;
        // Three rolling rows (the swap rule looks two rows back), on the stack: this runs for every
        // word of a message against every keyword, and messages are short.
        if (b.Length > 64)
            throw new ArgumentException("Keywords are short words.", nameof(b));
        Span<int> beforePrevious = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + substitution);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                current[j] = best;
                rowMinimum = Math.Min(rowMinimum, best);
            }
            // Costs never fall from one row to the next: once a whole row is over, so is the answer.
            if (rowMinimum > limit)
                return limit + 1;
            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }
}
