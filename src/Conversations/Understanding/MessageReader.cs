namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// Turns a member's free text into an intent and the arguments that follow it:
/// "SETOR Sri 50rb, Siti 25rb" -> Deposit, "Sri 50rb, Siti 25rb".
/// </summary>
public static class MessageReader
{
    // Trimmed from both ends of the arguments. Not "-": "Rp 50.000,-" must reach the amount parser whole.
    private const string ArgumentEdges = "#.,:;!?";

    public static Reading Read(string? text, ReadingContext context) => Read(text);

    public static Reading Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Reading.Nothing;
        // A lone "?" is how people ask what they can type.
        if (text.All(c => c == '?' || char.IsWhiteSpace(c)))
            return new Reading(Intent.Help, "");

        var tokens = Tokenizer.Split(text);
        var hits = PhraseIndex.FindAll(tokens);
        var suggestion = Intent.Unknown;
        // Typos are only looked for when no real keyword was typed: "saldo" beats a near-miss anywhere.
        if (!hits.Any(hit => hit.Tier == Tier.Keyword))
        {
            var typos = TypoMatcher.Find(tokens, hits);
            hits.AddRange(typos.Accepted);
            suggestion = typos.Suggestion;
        }

        if (hits.Count == 0)
            return new Reading(Intent.Unknown, Trim(text), suggestion);

        // "izin anak sakit" is an excuse, not a sick note: the first word of the strongest tier wins.
        var chosen = hits.OrderBy(hit => hit.Tier).ThenBy(hit => hit.First).First();
        return new Reading(chosen.Intent, Trim(text[tokens[chosen.Last].End..]));
    }

    private static string Trim(string text)
    {
        static bool IsEdge(char c) => char.IsWhiteSpace(c) || ArgumentEdges.Contains(c);
        var start = 0;
        var end = text.Length;
        while (start < end && IsEdge(text[start]))
            start++;
        while (end > start && IsEdge(text[end - 1]))
            end--;
        return text[start..end];
    }
}
