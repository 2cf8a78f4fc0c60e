using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.Phones;

namespace Pkkpm.Conversations.Deposits;

/// <summary>Decides whether a run of words names a member: a list number ("2"), a phone number
/// in any Indonesian form ("0812-3400-107", "+62 812 3400 107"), or a name ("Bu Sri Wahyuni").</summary>
internal static class TypedMember
{
    public const int MaxListNumber = 99;
    // "+62 (0)812 3400 1070" is five words; nobody's name is longer than that.
    public const int MaxWords = 6;

    /// <returns>The member, or null when these words name nobody.</returns>
    public static MemberRef? Read(string text, IReadOnlyList<EntryToken> words)
    {
        if (words.Count == 1 && IsListNumber(words[0].Text, out var number))
            return new MemberRef.ByNumber(number);
        if (words.All(w => IsPhonePart(w.Text)))
            return ReadPhone(text[words[0].Start..words[^1].End]);
        if (words.All(w => IsNameWord(w.Text)))
            return new MemberRef.ByName(string.Join(' ', words.Select(w => w.Text)));
        return null;
    }

    /// <summary>One or two digits, 1-99: a number on the group list.</summary>
    public static bool IsListNumber(string word, out int number)
    {
        number = 0;
        return word.Length <= 2 && word.All(char.IsAsciiDigit)
            && int.TryParse(word, out number) && number is >= 1 and <= MaxListNumber;
    }

    private static MemberRef? ReadPhone(string span)
    {
        // Cheap check first: an Indonesian number has at least nine digits after the 0.
        if (span.Count(char.IsAsciiDigit) < 9)
            return null;
        return IndonesianPhone.TryNormalize(span, out var e164) ? new MemberRef.ByPhone(e164) : null;
    }

    private static bool IsPhonePart(string word) =>
        word.Any(char.IsAsciiDigit) && word.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or '(' or ')' or '.');

    // Letters, perhaps an apostrophe or hyphen (Ma'ruf, Nur-Aini; a curly apostrophe is folded to a
    // straight one as the turn starts), and no word that belongs to an amount: otherwise
    // "Sri 1 jt 500 rb" could read as two pairs, "Sri 1" and "jt 500 rb".
    // The price: a member called "Lima" must be named by her number.
    private static bool IsNameWord(string word) =>
        word.Any(char.IsLetter)
        && word.All(c => char.IsLetter(c) || c is '\'' or '`' or '-')
        && NumberWords.Find(word.ToLowerInvariant()) is null;
}
