namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// One word of a message: its normalised form for matching, the same without a Javanese or
/// Indonesian suffix ("tabunganku" -> "tabungan", "rapate" -> "rapat", "infonipun" -> "info"), and
/// where it sits in the original text, so arguments can be cut from what the person actually typed.
/// </summary>
internal readonly record struct Token(string Word, int Start, int End)
{
    // Longest first: "infonipun" loses "nipun", not "ipun" or "e".
    private static readonly string[] Suffixes = ["nipun", "ipun", "nya", "ne", "ku", "mu", "e"];

    /// <summary>Amounts and numbers ("50rb", "08123") are arguments, never keywords.</summary>
    public bool HasDigits => Word.Any(char.IsAsciiDigit);

    /// <summary>The word without a possessive or definite suffix, or the word itself.</summary>
    public string Stem
    {
        get
        {
            foreach (var suffix in Suffixes)
            {
                if (Word.Length - suffix.Length >= 3 && Word.EndsWith(suffix, StringComparison.Ordinal))
                    return Slang.Standardise(Word[..^suffix.Length]);
            }
            return Word;
        }
    }

    /// <summary>The word, or its stem: how a phrase word matches a typed word.</summary>
    public bool Is(string word) => Word == word || Stem == word;
}
