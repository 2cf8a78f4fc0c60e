namespace Pkkpm.Conversations.Deposits;

/// <summary>A name reduced to what identifies the person: lower-case words, without the
/// Ibu/Bapak people put before it. "Bu  Sri Wahyuni" and "sri wahyuni" are the same name.</summary>
internal static class PersonName
{
    private static readonly HashSet<string> Titles = ["ibu", "bu", "bapak", "pak", "mbak", "mas"];

    private static readonly char[] Separators = [' ', '\t', '\n', '\r', '.', ','];

    public static string[] Words(string name)
    {
        var words = name.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        // Only leading titles: "Bu Sri", "Ibu Bu Sri" (it happens). A "Mas" later in a name is a name.
        var titles = words.TakeWhile(Titles.Contains).Count();
        return words[titles..];
    }
}
