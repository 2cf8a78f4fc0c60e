namespace Pkkpm.Conversations.Understanding;

/// <summary>Splits a message into normalised words, remembering each word's span in the original.</summary>
internal static class Tokenizer
{
    // People learnt "REG#NIK#" from SIM registration, and punctuate keywords freely ("saldo!!", "Setor:").
    private const string Separators = "#.,:;!?()-/";

    private const string ThumbsUp = "\U0001F44D";

    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || Separators.Contains(c);

    public static List<Token> Split(string text)
    {
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || IsSeparator(text[i]);
            // "setor50rb" is "setor" and "50rb"; "50rb" itself stays whole (digits then letters).
            var gluedNumber = !boundary && start >= 0 && char.IsAsciiDigit(text[i]) && char.IsLetter(text[i - 1]);
            if ((boundary || gluedNumber) && start >= 0)
            {
                Add(tokens, text, start, i);
                start = -1;
            }
            if (!boundary && start < 0)
                start = i;
        }
        return tokens;
    }

    private static void Add(List<Token> tokens, string text, int start, int end)
    {
        var typed = text.AsSpan(start, end - start);
        // A thumbs-up is how many say yes on WhatsApp.
        var word = typed.SequenceEqual(ThumbsUp) ? "ok" : Normaliser.Normalise(typed);
        // A lone emoji or symbol normalises to nothing and is no word at all.
        if (word.Length > 0)
            tokens.Add(new Token(word, start, end));
    }
}
