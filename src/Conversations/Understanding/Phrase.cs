namespace Pkkpm.Conversations.Understanding;

/// <summary>A vocabulary entry after normalisation: "tdk bisa datang" becomes [tidak, bisa, datang].</summary>
internal sealed record Phrase(string[] Words, Intent Intent, Tier Tier)
{
    public bool MatchesAt(IReadOnlyList<Token> tokens, int position)
    {
        if (position + Words.Length > tokens.Count)
            return false;
        for (var i = 0; i < Words.Length; i++)
        {
            if (!tokens[position + i].Is(Words[i]))
                return false;
        }
        return true;
    }
}

/// <summary>Where a phrase was found: tokens <paramref name="First"/> to <paramref name="Last"/>, inclusive.
/// <paramref name="Negated"/>: a negation before it turns its meaning ("belum setor", "bukan saldo").</summary>
internal readonly record struct Hit(Intent Intent, Tier Tier, int First, int Last, bool Negated = false);
