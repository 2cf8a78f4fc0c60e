namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// A message with nothing waiting: the strongest request wins (a keyword over a vague word, any
/// request over a yes or a greeting), the earliest among equals. A yes or a no counts only as the
/// message's first word ("ok siap"), not as a tag at its end ("nomer ini punya siapa ya").
/// </summary>
internal static class IdleReading
{
    public static Reading Read(Sentence sentence, IReadOnlyList<Hit> hits)
    {
        var usable = hits.Where(h => !h.Negated && (h.Intent is not (Intent.Yes or Intent.No) || OpensTheMessage(sentence, h))
            && !IsThankedFor(sentence, hits, h)).ToList();
        if (usable.Count == 0)
            return new Reading(Intent.Unknown, ArgumentText.Trim(sentence.Text), sentence.Suggestion);

        // "ok makasih", "nggih matur nuwun": thanks, with a nod.
        var thanks = usable.FirstOrDefault(h => h.Intent == Intent.Thanks);
        if (thanks != default && usable.All(h => h.Intent is Intent.Thanks or Intent.Yes or Intent.Greeting))
            return new Reading(Intent.Thanks, sentence.After(thanks.Last));

        var chosen = usable.OrderBy(h => h.Tier).ThenBy(h => h.First).First();
        if (AttendanceRules.IsAttendance(chosen.Intent))
            chosen = usable.Where(h => AttendanceRules.IsAttendance(h.Intent)).OrderBy(h => AttendanceRules.Rank(h.Intent)).ThenBy(h => h.Tier).ThenBy(h => h.First).First();
        var intent = Questions.Refine(chosen.Intent, sentence);
        return new Reading(intent, ArgumentText.For(intent, sentence, chosen));
    }

    // "terima kasih atas bantuannya / infonya / untuk rekapnya": what is thanked for is not asked for.
    private static readonly HashSet<string> ThankedFor = ["atas", "untuk", "buat", "kagem"];

    private static bool IsThankedFor(Sentence sentence, IReadOnlyList<Hit> hits, Hit hit) =>
        hit.First > 0 && ThankedFor.Contains(sentence.Tokens[hit.First - 1].Word)
        && hits.Any(h => h.Intent == Intent.Thanks && h.Last < hit.First && hit.First - h.Last <= 2);

    /// <summary>Whether nothing but fillers ("wah", "bu", "eh") comes before the hit.</summary>
    public static bool OpensTheMessage(Sentence sentence, Hit hit) =>
        sentence.Tokens.Take(hit.First).All(t => WordClasses.Fillers.Contains(t.Word));
}
