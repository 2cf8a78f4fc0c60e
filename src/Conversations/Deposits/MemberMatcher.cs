using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Deposits;

/// <summary>
/// Finds the member a treasurer meant. By number or phone the match is exact. By name, in order:
/// the exact full name ("Sri Wahyuni"); else every member whose name words start with the typed
/// words in order ("Sri" fits Sri Wahyuni and Sri Rejeki, "Sri W" only Sri Wahyuni, "Wahyuni"
/// fits Sri Wahyuni by her second word); else, for a typed first word of five letters or more,
/// a first name one typo away ("Painm" for Painem). A member's panggilan counts as a name of
/// hers under the same rules ("Darmi" and "Dar" fit Sudarmi called Darmi). Titles and kinship
/// terms before a name are left out (<see cref="PersonName"/>). More than one fit is Ambiguous:
/// we never choose between two people, the caller asks.
/// </summary>
public static class MemberMatcher
{
    // Shorter names are too close to each other for a typo to point at one person ("Sri"/"Siri").
    private const int MinTypoLength = 5;

    public static MemberMatch Match(MemberRef member, IReadOnlyList<RosterMember> roster) => member switch
    {
        MemberRef.ByNumber number => From(roster.Where(m => m.ListNumber == number.ListNumber)),
        MemberRef.ByPhone phone => From(roster.Where(m => m.Phone == phone.E164)),
        MemberRef.ByName name => ByName(PersonName.Words(name.Name), roster),
        _ => MemberMatch.NotFound.Instance,
    };

    private static MemberMatch ByName(string[] typed, IReadOnlyList<RosterMember> roster)
    {
        if (typed.Length == 0)
            return MemberMatch.NotFound.Instance; // only titles: "Bu", "Mbah", "Bu Hj."
        var names = roster.SelectMany(m => KnownAs(m).Select(words => (Member: m, Words: words))).ToList();

        var exact = names.Where(n => n.Words.SequenceEqual(typed)).Select(n => n.Member).ToList();
        if (exact.Count > 0)
            return From(exact);
        var started = names.Where(n => StartsInOrder(typed, n.Words, 0)).Select(n => n.Member).ToList();
        if (started.Count > 0)
            return From(started);
        if (typed[0].Length < MinTypoLength)
            return MemberMatch.NotFound.Instance;
        return From(names.Where(n => n.Words.Length > 0
                && IsOneTypoAway(typed[0], n.Words[0])
                && StartsInOrder(typed[1..], n.Words, 1))
            .Select(n => n.Member));
    }

    // Her name and, when she has one, her panggilan.
    private static IEnumerable<string[]> KnownAs(RosterMember member)
    {
        yield return PersonName.Words(member.Name);
        if (!string.IsNullOrWhiteSpace(member.Panggilan))
            yield return PersonName.Words(member.Panggilan);
    }

    // Each typed word starts a later name word than the one before: "sri w" in "sri wahyuni",
    // "sri wah" in "sri rahayu wahyuni". Taking the earliest fitting word each time is enough.
    private static bool StartsInOrder(string[] typed, string[] words, int from)
    {
        var next = from;
        foreach (var word in typed)
        {
            while (next < words.Length && !words[next].StartsWith(word, StringComparison.Ordinal))
                next++;
            if (next == words.Length)
                return false;
            next++;
        }
        return true;
    }

    private static bool IsOneTypoAway(string typed, string firstName) =>
        firstName.Length is >= MinTypoLength and <= 64 && EditDistance.Between(typed, firstName, limit: 1) <= 1;

    private static MemberMatch From(IEnumerable<RosterMember> fits)
    {
        var list = fits.Distinct().ToList(); // a member whose name and panggilan both fit is one person
        return list.Count switch
        {
            0 => MemberMatch.NotFound.Instance,
            1 => new MemberMatch.Found(list[0]),
            _ => new MemberMatch.Ambiguous(list),
        };
    }
}
