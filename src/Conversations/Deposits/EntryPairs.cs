using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Deposits;

/// <summary>The words of one entry message and every way a member-and-amount pair can be cut
/// from them. Member and amount readings are cached: the search asks about the same spans often.</summary>
internal sealed class EntryPairs
{
    // "Rp satu juta dua ratus lima puluh ribu rupiah" is nine words.
    private const int MaxAmountWords = 10;

    private readonly string _text;
    private readonly long _maxPerEntry;
    private readonly Dictionary<(int, int), MemberRef?> _members = [];
    private readonly Dictionary<(int, int), AmountReading> _amounts = [];

    public EntryPairs(string text, long maxPerEntry)
    {
        _text = text;
        _maxPerEntry = maxPerEntry;
        Words = EntryTokenizer.Split(text);
    }

    public List<EntryToken> Words { get; }

    /// <summary>Every pair that can start at word <paramref name="start"/>, with the index of the
    /// word after it: the shortest member first and, for each member, the longest amount first
    /// (so "Sri Wahyuni Rp 50.000" gives the member "Sri Wahyuni", and "Sri" only if that fails).</summary>
    public IEnumerable<(int AmountStart, int End, EntryLine Line)> From(int start)
    {
        for (var memberEnd = start + 1; memberEnd < Words.Count && memberEnd - start <= TypedMember.MaxWords; memberEnd++)
        {
            if (memberEnd - 1 > start && Words[memberEnd - 1].AfterBreak)
                yield break; // a name or phone does not run across a comma
            if (Member(start, memberEnd) is not { } member || !MayPrecede(member, Words[memberEnd].Text))
                continue;
            // The break may sit between member and amount ("Sri#50rb"), never inside the amount.
            var last = Math.Min(NextBreak(memberEnd), memberEnd + MaxAmountWords);
            for (var end = last; end > memberEnd; end--)
            {
                var amount = Amount(memberEnd, end);
                if (EntryLines.IsAmount(amount))
                    yield return (memberEnd, end, new EntryLine(member, amount, Text(memberEnd, end)));
            }
        }
    }

    /// <summary>The index of the first word after <paramref name="start"/> that follows a pair
    /// separator, or the word count.</summary>
    public int NextBreak(int start)
    {
        var i = start + 1;
        while (i < Words.Count && !Words[i].AfterBreak) i++;
        return i;
    }

    public MemberRef? Member(int start, int end)
    {
        if (!_members.TryGetValue((start, end), out var member))
            _members[(start, end)] = member = TypedMember.Read(_text, Words[start..end]);
        return member;
    }

    public AmountReading Amount(int start, int end)
    {
        if (!_amounts.TryGetValue((start, end), out var amount))
            _amounts[(start, end)] = amount = AmountParser.Parse(Text(start, end), _maxPerEntry);
        return amount;
    }

    /// <summary>Words start to end exactly as typed, separators between them included.</summary>
    public string Text(int start, int end) => _text[Words[start].Start..Words[end - 1].End];

    // "50 000" is fifty thousand, not member 50 with Rp0: a list number cannot be followed by a
    // group of three digits starting with 0, which only ever continues a number.
    private static bool MayPrecede(MemberRef member, string firstAmountWord) =>
        member is not MemberRef.ByNumber
        || !(firstAmountWord.StartsWith('0') && firstAmountWord.TakeWhile(char.IsAsciiDigit).Count() == 3);
}
