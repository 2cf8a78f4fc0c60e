namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// SMS shorthand drops the vowels: "lnjt" is "lanjut", "rwyt" is "riwayat", "tbngn" is "tabungan".
/// A word typed without vowels is read as the one vocabulary word with those consonants in that
/// order; when two words share them, it is read as neither.
/// </summary>
internal static class Skeletons
{
    private const int Shortest = 3;

    private static readonly Dictionary<string, string> WordOf = Build();

    /// <summary>The vocabulary word with these consonants, or null.</summary>
    public static string? Find(string word) =>
        word.Length >= Shortest && !word.Any(IsVowel) && word.All(char.IsAsciiLetterLower) ? WordOf.GetValueOrDefault(word) : null;

    private static Dictionary<string, string> Build()
    {
        // Never a guessed STOP or TERIMA: those are only ever suggested (see Vocabulary.TyposOnlySuggested).
        var words = Vocabulary.Rows.Where(row => !Vocabulary.TyposOnlySuggested.Contains(row.Intent))
            .SelectMany(row => row.Words.Concat(row.Hints))
            .Where(phrase => !phrase.Contains(' ') && phrase.Any(IsVowel))
            .Distinct();
        var bySkeleton = words.GroupBy(word => new string(word.Where(c => !IsVowel(c)).ToArray()))
            .Where(group => group.Key.Length >= Shortest);
        // Two words, one skeleton: no guess.
        return bySkeleton.Where(group => group.Count() == 1).ToDictionary(group => group.Key, group => group.Single());
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
