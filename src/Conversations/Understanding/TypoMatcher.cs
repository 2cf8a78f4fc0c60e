namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// Recognises mistyped keywords ("sldo", "angsuarn") when the message holds no keyword proper.
/// Only single words of four letters or more are guessed at: short words ("ya", "tab", "off")
/// are one slip from too many ordinary words. Answers and courtesies are never guessed: a
/// guessed YA could confirm money, and a mistyped "makasih" needs no reply.
/// </summary>
internal static class TypoMatcher
{
    private const int ShortestGuessable = 4;

    private static readonly Phrase[] Targets = PhraseIndex.All
        .Where(phrase => phrase.Tier is Tier.Keyword or Tier.Hint)
        .Where(phrase => phrase.Words.Length == 1 && phrase.Words[0].Length >= ShortestGuessable)
        .ToArray();

    /// <summary>Typos close enough to act on, and the first one only close enough to ask about.</summary>
    public static (List<Hit> Accepted, Intent Suggestion) Find(IReadOnlyList<Token> tokens, IReadOnlyList<Hit> exactHits)
    {
        var accepted = new List<Hit>();
        var suggestion = Intent.Unknown;
        for (var position = 0; position < tokens.Count; position++)
        {
            var word = tokens[position].Word;
            if (!IsGuessable(word) || exactHits.Any(hit => hit.First <= position && position <= hit.Last))
                continue;
            var (nearest, distance) = Nearest(word, SuggestedDistance(word));
            if (nearest is null)
                continue;
            // A slip keeps the first letter ("sldo", "angsuarn"): "pabrik" is no mistyped "tarik".
            var keepsTheStart = word[0] == nearest.Words[0][0];
            if (distance <= AcceptedDistance(word) && keepsTheStart && !Vocabulary.TyposOnlySuggested.Contains(nearest.Intent))
                accepted.Add(new Hit(nearest.Intent, TierOfTypo(nearest), position, position));
            else if (distance <= SuggestedDistance(word) && suggestion == Intent.Unknown)
                suggestion = nearest.Intent;
        }
        return (accepted, suggestion);
    }

    // A mistyped hint is still only a hint: "stauts pinjman" is about the loan.
    private static Tier TierOfTypo(Phrase target) => target.Tier == Tier.Keyword ? Tier.Typo : target.Tier;

    private static bool IsGuessable(string word) =>
        word.Length >= ShortestGuessable && word.All(char.IsLetter) && !Slang.IsEverydayWord(word);

    // One slip in a short word, two in a longer one: "sado" is saldo, "pinjmn" is pinjaman.
    private static int AcceptedDistance(string word) => word.Length <= 5 ? 1 : 2;

    // One step further is worth a question, except in six- and seven-letter words, where a third
    // slip leaves too little of the word to recognise.
    private static int SuggestedDistance(string word) => word.Length >= 8 ? 3 : 2;

    /// <summary>The closest word within <paramref name="limit"/>; none when words of two intents are equally close.</summary>
    private static (Phrase? Nearest, int Distance) Nearest(string word, int limit)
    {
        var bestDistance = int.MaxValue;
        Phrase? best = null;
        var tied = false;
        foreach (var target in Targets)
        {
            var distance = EditDistance.Between(word, target.Words[0], limit);
            if (distance > limit)
                continue;
            if (distance < bestDistance)
                (bestDistance, best, tied) = (distance, target, false);
            else if (distance == bestDistance && target.Intent != best!.Intent)
                tied = true;
        }
        return tied ? (null, bestDistance) : (best, bestDistance);
    }
}
