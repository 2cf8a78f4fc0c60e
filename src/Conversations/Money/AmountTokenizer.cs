namespace Pkkpm.Conversations.Money;

/// <summary>A piece of a typed amount: a number literal ("50.000", "1,5") or a word ("rb", "seket").</summary>
internal sealed record AmountToken(NumberLiteral? Number, string? Word);

/// <summary>Splits "Rp. 1jt 500rb" into [rp, 1, jt, 500, rb]. Digits and letters part ways
/// wherever they touch, because people glue units to numbers ("50rb", "1jt500").</summary>
internal static class AmountTokenizer
{
    /// <returns>The tokens, or null when the text holds a character no amount has.</returns>
    public static List<AmountToken>? Tokenize(string text)
    {
        var tokens = new List<AmountToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsDigit(c))
                tokens.Add(new(ReadLiteral(text, ref i), null));
            else if (c is >= 'a' and <= 'z')
                tokens.Add(new(null, ReadWhile(text, ref i, ch => ch is >= 'a' and <= 'z')));
            else if (c is '.' or ',' && StartsAFraction(text, i))
                return null; // ".5jt": a lost zero or a lost digit, we cannot tell
            else if (char.IsWhiteSpace(c) || c is '.' or ',')
                i++; // Between tokens these are only punctuation: "Rp. 50.000", "1jt, 500rb".
            else
                return null;
        }
        return tokens;
    }

    // A literal is digit groups joined by '.', ',' or spaces. What the separators mean (thousands
    // or decimals) depends on whether a unit follows, so NumberLiteral decides that later.
    private static NumberLiteral ReadLiteral(string text, ref int i)
    {
        var groups = new List<string> { ReadWhile(text, ref i, IsDigit) };
        var separators = new List<char>();
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '.' or ',' && i + 1 < text.Length && IsDigit(text[i + 1]))
            {
                i++;
                separators.Add(c);
                groups.Add(ReadWhile(text, ref i, IsDigit));
                continue;
            }
            // A space groups thousands only before exactly three digits ("50 000");
            // otherwise it ends the literal ("1 jt", "50 5").
            var afterSpaces = i;
            while (afterSpaces < text.Length && char.IsWhiteSpace(text[afterSpaces])) afterSpaces++;
            if (afterSpaces == i || DigitRun(text, afterSpaces) != 3)
                break;
            i = afterSpaces;
            separators.Add(' ');
            groups.Add(ReadWhile(text, ref i, IsDigit));
        }
        return new NumberLiteral(groups, separators);
    }

    // A mark right before a digit, with no letter before it ("Rp.50000" is fine).
    private static bool StartsAFraction(string text, int i) =>
        i + 1 < text.Length && IsDigit(text[i + 1]) && (i == 0 || text[i - 1] is < 'a' or > 'z');

    private static int DigitRun(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsDigit(text[end])) end++;
        return end - start;
    }

    private static string ReadWhile(string text, ref int i, Func<char, bool> accept)
    {
        var start = i;
        while (i < text.Length && accept(text[i])) i++;
        return text[start..i];
    }

    // Only ASCII digits: char.IsDigit would also take Arabic-Indic and other scripts' digits.
    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
