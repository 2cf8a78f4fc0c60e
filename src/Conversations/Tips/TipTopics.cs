namespace Pkkpm.Conversations.Tips;

/// <summary>
/// What a person asks for after TIPS. The menu once printed "TIPS usaha", so "usaha" and its kin ask for
/// any tip; the words people use for a subject (ternak, bon, rentenir) name its category; words
/// around them ("tolong", "untuk", "bu") change nothing. Only a request that names nothing we
/// know, like "TIPS masakan padang", gets the list of categories.
/// </summary>
internal static class TipTopics
{
    /// <summary>What the words ask for: any tip, one category, or something we have no tips about.</summary>
    public sealed record Request(bool Understood, string? Category)
    {
        public static readonly Request AnyTip = new(true, null);
        public static readonly Request Unknown = new(false, null);
    }

    // Business in general: the menu's own word and how else people say it.
    private static readonly HashSet<string> General = new(StringComparer.OrdinalIgnoreCase)
    {
        "usaha", "usahaku", "bisnis", "dagang", "berdagang", "wirausaha", "umkm", "ukm",
        "lain", "lainnya", "lagi", "baru", "apa", "apa2", "saja", "aja", "sembarang", "bebas",
    };

    // Words around a request that say nothing about its subject.
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "tips", "tip", "kiat", "minta", "mohon", "tolong", "dong", "donk", "ya", "yg", "yang", "untuk", "utk", "buat",
        "soal", "tentang", "ttg", "cara", "di", "ke", "dan", "atau", "bu", "ibu", "pak", "bapak", "mbak", "mas", "kak",
        "nggih", "njih", "pripun", "piye", "sy", "saya", "kula", "aku", "kami", "kita", "agar", "supaya", "biar",
    };

    // The words people use for each subject, beside the category names themselves.
    private static readonly Dictionary<string, string> Topics = Build(
        ("keuangan", ["uang", "duit", "modal", "untung", "laba", "rugi", "harga", "catat", "pembukuan", "hutang", "utang",
            "pinjaman", "pinjam", "angsuran", "cicilan", "bon", "ngebon", "kasbon", "piutang", "dp", "uang muka", "panjar",
            "pesanan", "orderan", "sekolah", "spp", "seragam", "tabungan", "nabung", "menabung", "celengan", "hemat"]),
        ("pemasaran", ["jualan", "jual", "promosi", "pasar", "pembeli", "pelanggan", "laris", "laku", "iklan", "wa",
            "whatsapp", "online", "katalog", "status"]),
        ("produksi", ["produk", "masak", "kualitas", "mutu", "resep", "kemasan", "bungkus", "label", "bahan", "bersih"]),
        ("perizinan", ["izin", "ijin", "halal", "pirt", "nib", "oss", "sertifikat"]),
        ("kelompok", ["kpb", "anggota", "pertemuan", "renteng", "tanggung renteng"]),
        ("kerja", ["lowongan", "pelatihan", "loker", "lamaran", "melamar", "blk", "disnaker", "tki", "pmi"]),
        ("tani", ["petani", "pertanian", "bertani", "sawah", "padi", "gabah", "pari", "kebun", "tanam", "tandur", "bibit",
            "benih", "pupuk", "rabuk", "kompos", "hama", "panen", "jagung", "sayur", "cabai", "cabe", "ternak", "peternakan",
            "beternak", "kambing", "wedus", "wedhus", "domba", "sapi", "kerbau", "ayam", "pitik", "bebek", "itik", "kandang",
            "pakan", "vaksin", "blantik"]),
        ("waspada", ["penipuan", "penipu", "tipu", "ditipu", "menipu", "modus", "hoaks", "hoax", "undian", "hadiah",
            "investasi", "bodong", "apk", "otp", "pin", "rentenir", "lintah darat", "plecit", "titil", "bank keliling", "pinjol"]));

    public static Request Read(string words)
    {
        var tokens = words.ToLowerInvariant()
            .Split([' ', '\t', '\n', '#', '.', ',', ':', ';', '!', '?', '/', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var general = false;
        var unknown = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            // Two-word names first: "bank keliling" is a moneylender, "keliling" alone is not.
            if (i + 1 < tokens.Length && CategoryOf(tokens[i] + " " + tokens[i + 1]) is { } pair) return new Request(true, pair);
            if (CategoryOf(tokens[i]) is { } category) return new Request(true, category);
            if (General.Contains(tokens[i])) general = true;
            else if (!Filler.Contains(tokens[i])) unknown = true;
        }
        return general || !unknown ? Request.AnyTip : Request.Unknown;
    }

    private static string? CategoryOf(string word) =>
        Tip.Categories.FirstOrDefault(c => c.Equals(word, StringComparison.OrdinalIgnoreCase)) ?? Topics.GetValueOrDefault(word);

    private static Dictionary<string, string> Build(params (string Category, string[] Words)[] topics) =>
        topics.SelectMany(t => t.Words.Select(w => (Word: w, t.Category)))
            .ToDictionary(t => t.Word, t => t.Category, StringComparer.OrdinalIgnoreCase);

    /// <summary>For tests: every category a topic word leads to.</summary>
    internal static IEnumerable<string> TopicCategories => Topics.Values.Distinct();
}
