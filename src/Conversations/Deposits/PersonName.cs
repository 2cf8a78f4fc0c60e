namespace Pkkpm.Conversations.Deposits;

/// <summary>A name reduced to what identifies the person: lower-case words, without the titles and
/// kinship terms people put before it. "Bu  Sri Wahyuni", "Yu Sri Wahyuni", "Hj.Sri Wahyuni" and
/// "sri wahyuni" are the same name.</summary>
internal static class PersonName
{
    // Ibu/Bapak and their short forms; Javanese kinship terms used for any older woman or man of
    // the village (Mbak, Mas, Mbah, Mbok, Yu, Bude, Pakde, Bulik, Paklik); Hajah, Haji and Nyonya
    // (Hj., H., Ny.; the dot is a separator, so "Hj.Siti" is "hj siti").
    private static readonly HashSet<string> Titles =
    [
        "ibu", "bu", "bapak", "pak", "bpk",
        "mbak", "mas", "mbah", "mbok", "yu", "bude", "pakde", "bulik", "paklik",
        "hj", "h", "ny",
    ];

    private static readonly char[] Separators = [' ', '\t', '\n', '\r', '.', ','];

    public static string[] Words(string name)
    {
        var words = name.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        // Only leading titles, as many as there are: "Bu Sri", "Bu Hj. Sri", "Mbah Yu Sum" (it
        // happens). A "Mas" later in a name is a name.
        var titles = words.TakeWhile(Titles.Contains).Count();
        return words[titles..];
    }
}
