using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// Requests that need more than a word: "salah" and "setuju" are a dispute and a decision only with
/// an entry code after them ("salah kirim" is an apology); "info" announces only from a pendamping;
/// "jangan kirim SMS lagi" stops bulk messages and "kirim lagi" starts them again.
/// </summary>
internal static class RequestRules
{
    // Words that name a request only when an entry code follows.
    private static readonly HashSet<string> NeedACode = ["salah", "setuju"];

    private static readonly HashSet<string> CodeIntroducers = ["kode", "kd", "no", "nomor", "nmr"];

    private static readonly HashSet<string> TimeWords = ["jam", "pukul", "pkl", "tanggal", "hari"];

    public static List<Hit> Apply(Sentence sentence, IReadOnlyList<Hit> hits, ReadingContext context)
    {
        var result = new List<Hit>();
        foreach (var found in hits)
        {
            if (LoanRequestRules.Apply(sentence, found, context) is not { } hit) continue;
            // While a summary waits, a bare "salah" or "tidak setuju" is an answer: it stays for the answer's reading.
            if (context.Awaiting != Awaiting.Confirmation && NeedsACode(sentence, hit) && !CodeFollows(sentence, hit.Last)
                && !IsTheWholeMessage(sentence, hit)) continue;
            // "info" announces only from a pendamping; from anyone else, alone, it asks what there is.
            if (hit is { Intent: Intent.Broadcast, Tier: Tier.Hint } && context.Role != Role.Pendamping)
            {
                if (IsTheWholeMessage(sentence, hit)) result.Add(hit with { Intent = Intent.Help });
                continue;
            }
            // "jam berapa", "tanggal pinten" ask for a time or a date, not for the savings.
            if (hit is { Intent: Intent.Balance, Tier: Tier.Hint } && hit.First > 0 && TimeWords.Contains(sentence.Tokens[hit.First - 1].Word)) continue;
            // "mulainya jam berapa?" asks when something starts; MULAI alone starts the messages again.
            if (hit is { Intent: Intent.Start, Tier: Tier.Hint } && sentence.Asks) continue;
            result.Add(hit);
        }
        // While a summary waits, "jangan dikirim" refuses the summary; it does not unsubscribe.
        if (context.Awaiting is Awaiting.Nothing or Awaiting.MeetingReply && MessagePreference(sentence) is { } preference)
        {
            // "sy mau terima sms lagi" is about messages, not a TERIMA.
            result.RemoveAll(h => h.First <= preference.Last && preference.First <= h.Last);
            result.Add(preference);
        }
        result.Sort((a, b) => a.First.CompareTo(b.First));
        return result;
    }

    /// <summary>The code typed after a keyword, with "kode" or "no" before it skipped: "terima kode Y7DQ".</summary>
    public static int CodeAt(Sentence sentence, int last)
    {
        var next = last + 1;
        if (next < sentence.Tokens.Count && CodeIntroducers.Contains(sentence.Tokens[next].Word)) next++;
        return next;
    }

    // "SALAH" alone (or "SALAH kode" as the menu prints it) asks how to dispute; "salah kirim" says sorry.
    private static bool IsTheWholeMessage(Sentence sentence, Hit hit) =>
        hit.First == 0 && (hit.Last == sentence.Tokens.Count - 1 || MenuWords.WithoutPlaceholders(sentence.After(hit.Last)).Length == 0);

    private static bool NeedsACode(Sentence sentence, Hit hit) =>
        hit.Intent is Intent.Correction or Intent.Accept or Intent.Reject && !hit.Negated
        && (NeedACode.Contains(sentence.Tokens[hit.First].Word) || hit.Intent == Intent.Reject && hit.Last > hit.First);

    /// <summary>Whether an entry code follows the hit: 4 or more letters and digits ("K7QA", "HK4N", or
    /// capitals like "ACDE"), perhaps after "kode". Read from the text: the words split "K7QA" in two.</summary>
    public static bool CodeFollows(Sentence sentence, int last)
    {
        var at = CodeAt(sentence, last);
        if (at >= sentence.Tokens.Count) return false;
        var text = sentence.Text;
        var end = sentence.Tokens[at].Start;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
        var typed = text[sentence.Tokens[at].Start..end];
        // Longer than any code is still meant as one: the flow says it was not found.
        return typed.Length >= 4 && (typed.Any(char.IsAsciiDigit) || typed.All(char.IsAsciiLetterUpper));
    }

    /// <summary>"ojo dikirimi sms maneh" (stop), "kirimi maneh sms e" / "sy mau terima sms lagi" (start).</summary>
    private static Hit? MessagePreference(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!WordClasses.MessageVerbs.Contains(tokens[i].Word)) continue;
            var refused = sentence.IsNegated(i) || i > 0 && tokens[i - 1].Word == "usah";
            // "dereng nampi" (not received yet) refuses nothing: only sending can be refused.
            if (refused && WordClasses.SendVerbs.Contains(tokens[i].Word)) return new Hit(Intent.Stop, Tier.Keyword, i, i);
            if (refused) continue;
            var again = tokens.Skip(i + 1).Take(3).Any(t => WordClasses.Again.Contains(t.Word));
            if (again && !tokens.Take(i).Any(t => WordClasses.Negators.Contains(t.Word))) return new Hit(Intent.Start, Tier.Keyword, i, i);
        }
        return null;
    }
}
