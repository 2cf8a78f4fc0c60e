namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// A message while a summary or a question waits for YA or BATAL. A yes in any form, with any words
/// around it (those of our own prompt: "ya simpan", "nggih dikirim mawon"), confirms; a no in any
/// form cancels; both, or a yes that adds or asks something else ("ya, tapi ...", "ok, saldo saya
/// berapa?"), is Unclear and the question is asked again. A new request with nothing of yes or no
/// in it is that request; after a no, a question of its own ("bukan saldo, riwayat") is too.
/// </summary>
internal static class ConfirmationReading
{
    // Requests a person may make right after saying no: "ora, aku takon utangku".
    private static readonly HashSet<Intent> AskedInstead =
    [
        Intent.Balance, Intent.Loan, Intent.History, Intent.Help, Intent.Excused, Intent.Sick, Intent.Present, Intent.Summary,
        Intent.MemberList, Intent.Tips, Intent.BroadcastStatus,
    ];

    // Requests that name what a summary asks to do: "ya setor", "YA kirim undangannya", "ya koreksi".
    private static readonly HashSet<Intent> Confirmable = [Intent.Deposit, Intent.Broadcast, Intent.Correction, Intent.Continue, Intent.Accept];

    public static Reading Read(Sentence sentence, IReadOnlyList<Hit> hits)
    {
        var says = Answers.Of(sentence, hits);
        var requests = hits.Where(h => !h.Negated && Commands(h) && !(Confirmable.Contains(h.Intent) && !HasArguments(sentence, h))).ToList();

        if (says.Yes && says.No) return Unclear;
        if (says.No)
        {
            var instead = requests.FirstOrDefault(h => h.Tier == Tier.Keyword && h.First > says.FirstNo
                && AskedInstead.Contains(Questions.Refine(h.Intent, sentence)));
            return instead == default ? new Reading(Intent.No, "") : ReadingOf(sentence, instead);
        }
        if (says.Yes)
        {
            // "iya, saldo bu" and "leres, kula sampun bayar 50rb" repeat what is asked; "sip. tips pemasaran"
            // asks for something more.
            var addsSomething = sentence.Asks || sentence.Has(WordClasses.Additions) || sentence.Has(WordClasses.Wants)
                || requests.Any(h => AttendanceRules.IsAttendance(h.Intent) || WordsAfter(sentence, h, hits));
            return addsSomething ? Unclear : new Reading(Intent.Yes, "");
        }
        if (requests.Count > 0) return IdleReading.Read(sentence, requests);
        if (hits.Any(h => h.Intent is Intent.Thanks or Intent.Greeting)) return IdleReading.Read(sentence, hits);
        return Unclear;
    }

    private static readonly Reading Unclear = new(Intent.Unclear, "");

    // Words after a request that are neither fillers, figures, nor part of another phrase found.
    private static bool WordsAfter(Sentence sentence, Hit request, IReadOnlyList<Hit> hits) =>
        Enumerable.Range(request.Last + 1, sentence.Tokens.Count - request.Last - 1).Any(i =>
            !sentence.Tokens[i].HasDigits && !WordClasses.Fillers.Contains(sentence.Tokens[i].Word)
            && !hits.Any(h => h.First <= i && i <= h.Last));

    private static Reading ReadingOf(Sentence sentence, Hit hit)
    {
        var intent = Questions.Refine(hit.Intent, sentence);
        return new Reading(intent, ArgumentText.For(intent, sentence, hit));
    }

    private static bool Commands(Hit hit) => hit.Intent is not
        (Intent.Yes or Intent.No or Intent.Cancel or Intent.Greeting or Intent.Thanks or Intent.Unknown or Intent.Unclear);

    // "setor mbak yuli 10rb" is a new deposit; "setor" alone answers the summary.
    // Only words of the same clause count: in "simpan, eh batal" nothing follows "simpan".
    public static bool HasArguments(Sentence sentence, Hit hit)
    {
        for (var i = hit.Last + 1; i < sentence.Tokens.Count && !sentence.BreakBetween(i - 1, i); i++)
        {
            var token = sentence.Tokens[i];
            if (token.HasDigits || !WordClasses.Fillers.Contains(token.Word) && !WordClasses.PromptVerbs.Contains(token.Word)) return true;
        }
        return false;
    }
}
