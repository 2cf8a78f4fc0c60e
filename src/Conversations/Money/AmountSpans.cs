namespace Pkkpm.Conversations.Money;

/// <summary>
/// The amounts in a message of other words: "25rb bu" holds "25rb", "nol, lagi mudik" holds "nol",
/// "20rb apa 25rb ya" holds two. Each is the longest run of words, in the order typed, that
/// <see cref="AmountParser"/> reads as a number (even one it would ask back about, like "50").
/// </summary>
public static class AmountSpans
{
    private const int MaxWords = 10;

    public static IReadOnlyList<(string Text, AmountReading Reading)> Find(string text)
    {
        var words = Words(text);
        var found = new List<(string, AmountReading)>();
        for (var start = 0; start < words.Count;)
        {
            var end = LongestFrom(text, words, start);
            if (end < 0)
            {
                start++;
                continue;
            }
            var span = text[words[start].Start..words[end].End];
            found.Add((span, AmountParser.Parse(span, long.MaxValue)));
            start = end + 1;
        }
        return found;
    }

    private static int LongestFrom(string text, List<(int Start, int End)> words, int start)
    {
        for (var end = Math.Min(words.Count - 1, start + MaxWords - 1); end >= start; end--)
        {
            var span = text[words[start].Start..words[end].End];
            // A number needs a digit or a number word; "rp" or "ribu" alone is not one.
            var reading = AmountParser.Parse(span, long.MaxValue);
            if (reading.Outcome is not (AmountOutcome.NotANumber or AmountOutcome.Empty) && IsNumeric(span)) return end;
        }
        return -1;
    }

    private static bool IsNumeric(string span) =>
        span.Any(char.IsAsciiDigit) || span.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Any(w => NumberWords.Find(w.ToLowerInvariant().Trim(',', '.')) is { Kind: WordKind.Digit or WordKind.Value or WordKind.OneUnit or WordKind.Half });

    // Words split at spaces and at the separators people put between an answer and its comment.
    private static List<(int Start, int End)> Words(string text)
    {
        var words = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || char.IsWhiteSpace(text[i]) || text[i] is '?' or '!' or ';' or '/' or '#'
                || text[i] == ',' && (i + 1 == text.Length || !char.IsAsciiDigit(text[i + 1]));
            if (boundary && start >= 0)
            {
                words.Add((start, i));
                start = -1;
            }
            else if (!boundary && start < 0)
                start = i;
        }
        return words;
    }
}
