namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// One word of a message: its normalised form for matching, and where it sits in the original
/// text, so the arguments after a keyword can be cut from what the member actually typed.
/// </summary>
internal readonly record struct Token(string Word, int Start, int End)
{
    /// <summary>Amounts and numbers ("50rb", "08123") are arguments, never keywords.</summary>
    public bool HasDigits => Word.Any(char.IsAsciiDigit);
}
