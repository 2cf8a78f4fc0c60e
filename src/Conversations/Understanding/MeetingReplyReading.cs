namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// A member's message the day after a meeting notice that asked "Balas HADIR, IZIN atau SAKIT":
/// a yes that opens the message ("nggih bu", "insyaAllah", "iso") is HADIR; a no, an apology or an
/// ability denied ("ngapunten", "ra iso bu") is IZIN; a question about when or where asks for the
/// meeting. Anything that names a request of its own is that request.
/// </summary>
internal static class MeetingReplyReading
{
    // Words that say "I will come" in answer to an invitation, beside yes itself.
    private static readonly HashSet<string> Coming = ["insyaallah", "bisa", "siap", "sendiko"];

    private static readonly HashSet<string> AboutTheMeeting =
        ["jam", "pukul", "tempat", "tempate", "mana", "hari", "tanggal", "nggon", "nggone", "dimana", "kumpul", "kumpulan", "rapat", "pertemuan", "sido", "jadi"];

    public static Reading Read(Sentence sentence, IReadOnlyList<Hit> hits)
    {
        var opening = sentence.Tokens.FirstOrDefault(t => !WordClasses.Fillers.Contains(t.Word) || Coming.Contains(t.Word));
        // "ngapunten, kula kesah dateng Wonogiri": an apology first says she is not coming,
        // whatever the words after it ("dateng" is also "to" in krama); her own illness still says more.
        if (WordClasses.Apologies.Contains(opening.Word ?? "") && !hits.Any(h => h.Intent == Intent.Sick))
            return new Reading(Intent.Excused, ArgumentText.Trim(sentence.Text));

        var requests = hits.Where(h => !h.Negated && h.Tier <= Tier.Hint && h.Intent is not (Intent.Yes or Intent.No)).ToList();
        if (requests.Count > 0) return IdleReading.Read(sentence, hits);

        if (Coming.Contains(opening.Word ?? "") || hits.Any(h => h.Intent == Intent.Yes && IdleReading.OpensTheMessage(sentence, h)))
            return new Reading(Intent.Present, "");
        // "nggawa panganan po ora?": "or not?" ends a question, it refuses nothing.
        var refusals = hits.Where(h => (h.Intent == Intent.No || h.Negated) && !EndsAQuestion(sentence, h)).ToList();
        if (refusals.Count > 0 || sentence.Has(WordClasses.Apologies) && !hits.Any(h => h.Intent == Intent.Thanks))
            return new Reading(Intent.Excused, Reason(sentence, refusals));
        if (sentence.Asks && sentence.Has(AboutTheMeeting)) return new Reading(Intent.Schedule, "");
        return IdleReading.Read(sentence, hits);
    }

    private static bool EndsAQuestion(Sentence sentence, Hit hit) =>
        sentence.Asks && hit.Last == sentence.Tokens.Count - 1 && hit.First > 0 && sentence.Tokens[hit.First - 1].Word is "apa" or "po" or "atau";

    private static string Reason(Sentence sentence, IReadOnlyList<Hit> refusals)
    {
        var no = refusals.FirstOrDefault();
        return no == default ? ArgumentText.Trim(sentence.Text) : sentence.Without(no.First, no.Last);
    }
}
