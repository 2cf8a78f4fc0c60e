namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// SMS abbreviations, colloquial and Javanese forms, each mapped to the one word the
/// vocabulary is written against, plus everyday words that must never be mistaken for a typo.
/// </summary>
internal static class Slang
{
    private static readonly Dictionary<string, string[]> WordsByMeaning = new()
    {
        ["yang"] = ["yg"],
        ["sudah"] = ["sdh", "udah", "udh", "dah", "sampun"],
        ["belum"] = ["blm", "belom", "blum", "dereng"],
        ["tidak"] = ["tdk", "gak", "ga", "gk", "ngga", "nggak", "enggak", "engga", "ndak", "nda", "mboten"],
        ["saya"] = ["sy", "aku", "aq", "kula"],
        // "pinten" is Javanese for "berapa"; on its own it still asks for the balance (see Vocabulary).
        ["berapa"] = ["brp", "brapa", "pinten"],
        ["bisa"] = ["bs", "bsa"],
        ["datang"] = ["dtg"],
        ["hadir"] = ["hdr"],
        ["sekarang"] = ["skrg", "skrang"],
        ["besok"] = ["bsk"],
        ["tanggal"] = ["tgl"],
        ["bulan"] = ["bln"],
        ["untuk"] = ["utk", "untk"],
        ["dengan"] = ["dgn"],
        ["bagaimana"] = ["gimana", "gmn", "pripun"],
        ["saja"] = ["aja", "mawon"],
        ["juga"] = ["jg"],
    };

    private static readonly Dictionary<string, string> MeaningOf =
        WordsByMeaning.SelectMany(pair => pair.Value.Select(word => (word, meaning: pair.Key)))
            .ToDictionary(entry => entry.word, entry => entry.meaning);

    /// <summary>Common words in members' messages that sit one or two letters from a keyword
    /// ("bisa"/"sisa", "uang"/"utang", "bulan"/"bukan", "cari"/"cara") and must stay themselves.</summary>
    private static readonly HashSet<string> EverydayWords =
    [
        "saya", "kami", "kita", "anda", "ibu", "bapak", "mbak", "dia", "nama", "anak", "suami", "keluarga",
        "bisa", "mau", "minta", "mohon", "tanya", "ada", "apa", "apakah", "kapan", "siapa", "mana", "dimana",
        "sama", "dari", "untuk", "buat", "dengan", "atau", "karena", "kasih", "kalau", "tapi", "juga", "saja",
        "dong", "sudah", "belum", "tidak", "masih", "baru", "lagi", "nanti", "sekarang", "besok", "kemarin",
        "hari", "minggu", "bulan", "tahun", "tanggal", "pekan", "uang", "kelompok",
        // Amounts in words reach the money parser ("satus ewu" is not a mistyped "status").
        "rupiah", "ribu", "juta", "sejuta", "setengah", "puluh", "ratus", "seratus", "ewu", "satus", "seket", "selawe",
        "rumah", "pasar", "kota", "desa", "cari", "kirim", "lihat", "tahu", "maaf", "semua", "banyak",
        "sedikit", "bagaimana", "berapa", "yang", "sini", "situ", "begitu", "kasir", "data", "nomor",
    ];

    /// <summary>The standard word for <paramref name="word"/>, or the word itself.</summary>
    public static string Standardise(string word) => MeaningOf.GetValueOrDefault(word, word);

    public static bool IsEverydayWord(string word) => EverydayWords.Contains(word);
}
