namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// The words the menu prints in place of details: "BAYAR jumlah", "SALAH kode", "RAPAT kode hari
/// jam tempat". Someone who types them as printed is asking how the command works, so the command
/// answers as if nothing followed it: with how to write it.
/// </summary>
public static class MenuWords
{
    private static readonly HashSet<string> Placeholders =
        new(StringComparer.OrdinalIgnoreCase) { "nama", "jumlah", "jml", "kode", "nomor", "no", "pesan", "hari", "jam", "tempat", "lama", "baru", "kali", "mingguan" };

    /// <summary>The arguments, or "" when they are only the menu's placeholder words.</summary>
    public static string WithoutPlaceholders(string arguments)
    {
        var words = arguments.Split([' ', ',', '.', '#', ':'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(Placeholders.Contains) ? "" : arguments;
    }
}
