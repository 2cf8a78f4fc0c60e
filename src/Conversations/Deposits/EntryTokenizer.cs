namespace Pkkpm.Conversations.Deposits;

/// <summary>A word of an entry message and where it sits in the original text.</summary>
/// <param name="AfterBreak">A pair separator (comma, semicolon, #, /, newline, "dan") comes
/// before this word. A member or an amount never spans such a break.</param>
internal readonly record struct EntryToken(string Text, int Start, int End, bool AfterBreak);

/// <summary>Splits "Sri Wahyuni Rp. 50.000,-, Siti#25rb" into words, keeping each word's span so
/// that a run of words can be handed to the amount parser exactly as typed.</summary>
internal static class EntryTokenizer
{
    // People separate pairs with these (and learnt '#' from SIM registration: REG#NIK#).
    private const string Breaks = "\n\r;#/|";
    // "dan" and "&" join two pairs in a sentence: "Sri 50rb dan Siti 25rb".
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "dan", "&" };

    public static List<EntryToken> Split(string text)
    {
        var words = new List<EntryToken>();
        var start = -1;
        var afterBreak = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var isBreak = i < text.Length && IsBreak(text, i);
            var endsWord = i == text.Length || isBreak || IsSpace(text, i);
            if (endsWord && start >= 0)
            {
                var word = text[start..i];
                if (Joiners.Contains(word))
                    afterBreak = true;
                else
                {
                    words.Add(new EntryToken(word, start, i, afterBreak));
                    afterBreak = false;
                }
                start = -1;
            }
            if (isBreak)
                afterBreak = true;
            else if (!endsWord && start < 0)
                start = i;
        }
        return words;
    }

    // A comma inside a number is a decimal or thousands mark ("1,5jt", "50,000"), and ",-" closes
    // a price ("Rp 50.000,-"); any other comma separates pairs.
    private static bool IsBreak(string text, int i) => text[i] switch
    {
        ',' => !(Digit(text, i - 1) && Digit(text, i + 1)) && At(text, i + 1) != '-',
        var c => Breaks.Contains(c),
    };

    // A dot stays in the word only inside a number ("50.000", "0812.3400") or before a closing
    // dash; ".5jt" keeps it too, so the amount parser can refuse it. "Sri.50.000" and
    // "Rp.50.000" split at the dot: the dot after "Rp" still reaches the parser inside the span.
    private static bool IsSpace(string text, int i) => text[i] switch
    {
        '.' => !(Digit(text, i + 1) && !char.IsLetter(At(text, i - 1))) && At(text, i + 1) != '-',
        ':' or '=' => true,
        var c => char.IsWhiteSpace(c),
    };

    private static char At(string text, int i) => i >= 0 && i < text.Length ? text[i] : ' ';

    private static bool Digit(string text, int i) => char.IsAsciiDigit(At(text, i));
}
