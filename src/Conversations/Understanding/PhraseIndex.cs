namespace Pkkpm.Conversations.Understanding;

/// <summary>The vocabulary normalised once, at start-up, and looked up by a phrase's first word.</summary>
internal static class PhraseIndex
{
    /// <summary>For each first word, its phrases longest first, so "terima kasih" is tried before "terima".</summary>
    private static readonly Dictionary<string, Phrase[]> ByFirstWord = Build();

    public static IEnumerable<Phrase> All => ByFirstWord.Values.SelectMany(phrases => phrases);

    /// <summary>
    /// Reads the message left to right; at each word takes the longest phrase starting there and
    /// skips the words it covers, so "sisa pinjaman" is one Loan hit, not Balance then Loan.
    /// </summary>
    public static List<Hit> FindAll(IReadOnlyList<Token> tokens)
    {
        var hits = new List<Hit>();
        for (var position = 0; position < tokens.Count;)
        {
            var phrase = LongestAt(tokens, position);
            if (phrase is null)
            {
                position++;
                continue;
            }
            var last = position + phrase.Words.Length - 1;
            hits.Add(new Hit(phrase.Intent, phrase.Tier, position, last));
            position = last + 1;
        }
        return hits;
    }

    private static Phrase? LongestAt(IReadOnlyList<Token> tokens, int position)
    {
        var token = tokens[position];
        if (token.HasDigits) return null;
        // The word as typed first, then without its suffix: "tabunganku" is "tabungan".
        return Longest(token.Word) ?? (token.Stem != token.Word ? Longest(token.Stem) : null);

        Phrase? Longest(string first) => ByFirstWord.TryGetValue(first, out var phrases)
            ? phrases.FirstOrDefault(phrase => phrase.MatchesAt(tokens, position))
            : null;
    }

    private static Dictionary<string, Phrase[]> Build()
    {
        var phrases = new Dictionary<string, Phrase>();
        foreach (var row in Vocabulary.Rows)
        {
            var entries = row.Words.Select(text => (text, isHint: false)).Concat(row.Hints.Select(text => (text, isHint: true)));
            foreach (var (text, isHint) in entries)
            {
                var words = Tokenizer.Split(text).Select(token => token.Word).ToArray();
                var key = string.Join(' ', words);
                // Slang makes "tdk bisa datang" and "gak bisa datang" the same phrase: fine within
                // one intent, a mistake in the table across two.
                if (phrases.TryGetValue(key, out var existing) && existing.Intent != row.Intent)
                    throw new InvalidOperationException($"'{text}' means both {existing.Intent} and {row.Intent}.");
                phrases.TryAdd(key, new Phrase(words, row.Intent, Vocabulary.TierOf(row.Intent, isHint)));
            }
        }
        return phrases.Values
            .GroupBy(phrase => phrase.Words[0])
            .ToDictionary(group => group.Key, group => group.OrderByDescending(phrase => phrase.Words.Length).ToArray());
    }
}
