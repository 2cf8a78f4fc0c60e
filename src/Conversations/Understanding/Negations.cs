namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// Negation: "tidak/belum/jangan/bukan" (and "mboten", "ora", "dereng", "sanes" ...) reach across
/// modals, pronouns and particles to the next word of their clause: "ora iso teko" negates "teko",
/// "belum sempat setor" negates "setor", "bukan saldo" negates "saldo". A comma or a full stop ends
/// the reach: in "ora, sing bener 25rb" the "ora" is an answer of its own.
/// </summary>
internal static class Negations
{
    /// <summary>For each token, the index of the negator that reaches it, or -1.</summary>
    public static int[] Find(Sentence sentence, IReadOnlyList<Hit> hits)
    {
        var tokens = sentence.Tokens;
        var negatedBy = Enumerable.Repeat(-1, tokens.Count).ToArray();
        // "tidak setuju", "tidak jadi", "tidak enak badan" are phrases of their own, not negations.
        // "tidak usah kirim" still reaches "kirim": a "no" phrase is a negation too.
        var insidePhrases = hits.Where(h => h.Last > h.First && h.Intent != Intent.No)
            .SelectMany(h => Enumerable.Range(h.First, h.Last - h.First + 1)).ToHashSet();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!WordClasses.Negators.Contains(tokens[i].Word) || insidePhrases.Contains(i)) continue;
            var lastModal = -1;
            for (var j = i + 1; j < tokens.Count && !sentence.BreakBetween(j - 1, j); j++)
            {
                var word = tokens[j].Word;
                // "enggak bu, ada yang salah": the address closes the answer, as a comma would.
                if (WordClasses.Address.Contains(word)) break;
                if (WordClasses.Modals.Contains(word)) lastModal = j;
                else if (WordClasses.Negators.Contains(word)) break;
                else if (!WordClasses.Fillers.Contains(word))
                {
                    negatedBy[j] = i;
                    lastModal = -1;
                    break;
                }
            }
            // "gak bisa", "dereng saged": an ability denied, with the verb left unsaid.
            if (lastModal >= 0) negatedBy[lastModal] = i;
        }
        return negatedBy;
    }

    /// <summary>
    /// Marks every phrase a negation reaches as negated, and the phrase right after a negated verb
    /// of the same request too ("belum bisa bayar angsuran"). A negator that reached a phrase is part
    /// of it and no longer a "no" of its own; one that reached nothing stays an answer.
    /// </summary>
    public static List<Hit> Apply(IReadOnlyList<Token> tokens, IReadOnlyList<Hit> hits, int[] negatedBy)
    {
        var result = new List<Hit>();
        var absorbed = new HashSet<int>();
        for (var k = 0; k < hits.Count; k++)
        {
            var hit = hits[k];
            var negator = negatedBy[hit.First];
            var previous = result.Count > 0 ? result[^1] : (Hit?)null;
            if (negator >= 0)
            {
                absorbed.Add(negator);
                result.Add(hit with { First = negator, Negated = true });
            }
            else if (previous is { Negated: true } before && before.Intent == hit.Intent && before.Last + 1 == hit.First)
                result.Add(hit with { Negated = true });
            else
                result.Add(hit);
        }
        // A negator that reached a verb ("ra iso ngirim gambar") is part of what it says, not a "no" of its
        // own; "bukan itu" still answers no, unless it reached a request ("bukan saldo").
        for (var i = 0; i < negatedBy.Length; i++)
        {
            var negator = negatedBy[i];
            if (negator >= 0 && tokens[negator].Word != "bukan" && !WordClasses.Modals.Contains(tokens[i].Word)) absorbed.Add(negator);
        }
        return result.Where(h => !(h.Intent == Intent.No && h.First == h.Last && absorbed.Contains(h.First) && !h.Negated)).ToList();
    }
}
