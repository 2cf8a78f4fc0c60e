namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// Whether a message says yes, no, or both, as an answer to a summary: every yes and no word,
/// the prompt's own verbs ("simpan", "kirim"), agreement ("cocok", "sudah sesuai"), and negation
/// turning them round ("tidak salah" is yes, "jangan dikirim" and "bukan saldo" are no).
/// </summary>
internal readonly record struct Answers(bool Yes, bool No, int FirstNo)
{
    public static Answers Of(Sentence sentence, IReadOnlyList<Hit> hits)
    {
        var yes = false;
        var firstNo = int.MaxValue;
        void SaysNo(int at) => firstNo = Math.Min(firstNo, at);

        // "tolak Q4DU salah orang": what follows a coded command is its reason, not an answer.
        var coded = hits.FirstOrDefault(h => h.Intent is Intent.Reject or Intent.Correction or Intent.Accept && RequestRules.CodeFollows(sentence, h.Last));
        var end = coded == default ? sentence.Tokens.Count : coded.Last + 1;
        hits = hits.Where(h => h.First < end).ToList();

        foreach (var hit in hits)
        {
            switch (hit.Intent)
            {
                // "TOLAK HX4C" and "SALAH KX4A" are commands of their own, not answers.
                case Intent.Reject or Intent.Correction when RequestRules.CodeFollows(sentence, hit.Last):
                    break;
                case Intent.No or Intent.Cancel or Intent.Reject:
                    SaysNo(hit.First);
                    break;
                // "salah", "keliru": the summary is wrong; "tidak salah": it is right.
                case Intent.Correction when sentence.Tokens[hit.Last].Is("salah"):
                    if (hit.Negated) yes = true; else SaysNo(hit.First);
                    break;
                case Intent.Yes or Intent.Accept or Intent.Continue when hit.Negated:
                    SaysNo(hit.First);
                    break;
                // "saldo saya sendiri brp ya": the "ya" that ends a question asks, it does not answer.
                case Intent.Yes when sentence.Asks && hit.Last == sentence.Tokens.Count - 1 && hit.First > 0:
                    break;
                case Intent.Yes when !NamesTheRightFigure(sentence, hit.First):
                case Intent.Continue:
                case Intent.Accept when !sentence.Tokens.Skip(hit.Last + 1).Any(t => t.HasDigits):
                    yes = true;
                    break;
                // "simpan", "setor", "koreksi" alone: the prompt's own word, so a yes, unless a "batal" just said no to it.
                case Intent.Deposit or Intent.Correction or Intent.Broadcast when !ConfirmationReading.HasArguments(sentence, hit):
                    if (hit.Negated || RefusedJustBefore(sentence, hits, hit.First)) SaysNo(hit.First); else yes = true;
                    break;
                case var _ when hit.Negated:
                    // "bukan saldo", "ora sido rapat": what was offered is refused.
                    SaysNo(hit.First);
                    break;
            }
        }

        for (var i = 0; i < end; i++)
        {
            var token = sentence.Tokens[i];
            var agrees = WordClasses.PromptVerbs.Contains(token.Word) || WordClasses.PromptVerbs.Contains(token.Stem)
                || WordClasses.AgreeingWords.Contains(token.Word);
            if (!agrees || InsideHit(hits, i)) continue;
            if (sentence.IsNegated(i) || RefusedJustBefore(sentence, hits, i)) SaysNo(i);
            else yes = true;
        }
        return new Answers(yes, firstNo != int.MaxValue, firstNo);
    }

    // "batal kirim", "tidak jadi disimpan": the verb is what is cancelled.
    private static bool RefusedJustBefore(Sentence sentence, IReadOnlyList<Hit> hits, int token) =>
        hits.Any(h => h.Intent is Intent.Cancel or Intent.No && h.Last < token && token - h.Last <= 2 && !sentence.BreakBetween(h.Last, token));

    // "ora, sing bener 25rb": the right figure, not a yes.
    private static bool NamesTheRightFigure(Sentence sentence, int at) =>
        at > 0 && WordClasses.Relatives.Contains(sentence.Tokens[at - 1].Word);

    private static bool InsideHit(IReadOnlyList<Hit> hits, int token) => hits.Any(h => h.First <= token && token <= h.Last && h.Intent != Intent.No);
}
