namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// SMS abbreviations, colloquial and Javanese (ngoko and krama) forms, each mapped to the one
/// Indonesian word the vocabulary and the reading rules are written against ("ora iso teko" reads
/// as "tidak bisa datang"), plus everyday words that must never be mistaken for a typo.
/// </summary>
internal static class Slang
{
    private static readonly Dictionary<string, string[]> WordsByMeaning = new()
    {
        // Answers and negation.
        ["tidak"] = ["tdk", "gak", "ga", "gk", "gx", "ngga", "nggak", "enggak", "engga", "ndak", "nda", "kagak", "gag", "mboten", "mbten", "ora", "ra"],
        ["belum"] = ["blm", "belom", "blum", "dereng", "durung", "urung"],
        ["bukan"] = ["bkn", "sanes", "dudu"],
        ["jangan"] = ["jgn", "ojo", "ojok", "ampun"],
        ["sudah"] = ["sdh", "udah", "udh", "dah", "sampun", "wis", "uwis", "wes", "uwes"],
        ["benar"] = ["bener", "leres", "bnr"],
        ["salah"] = ["keliru", "kleru", "lepat", "slh"],
        ["jadi"] = ["sido", "sios", "jd"],
        ["lanjut"] = ["lanjutke", "nglanjutke", "dilanjut", "dilanjutkan", "lanjutin", "terusno", "teruske", "terusne", "diterusne", "diteruske", "teruskan"],
        ["batal"] = ["batalin", "batalke", "dibatalkan", "dibatalke"],
        // People and courtesy.
        ["saya"] = ["sy", "aku", "aq", "kula", "kulo", "gue", "gw", "ane"],
        ["selamat"] = ["slmt", "met", "slamat", "selamet"],
        ["malam"] = ["malem", "mlm"],
        ["terima"] = ["trima", "trm"],
        ["kasih"] = ["ksh"],
        ["maaf"] = ["ngapunten", "sepurane", "sory", "sorry", "mf", "afwan", "pangapunten"],
        // Verbs and modals.
        ["bisa"] = ["bs", "bsa", "iso", "isa", "saged", "saget"],
        ["dapat"] = ["dpt", "dapet"],
        ["sempat"] = ["sempet"],
        ["datang"] = ["dtg", "dateng", "datng", "teko", "dugi", "rawuh"],
        ["hadir"] = ["hdr"],
        ["ikut"] = ["melu", "tumut", "ndherek", "nderek", "ngikut"],
        ["mau"] = ["arep", "badhe", "bade", "pengen", "pingin", "ingin", "mo"],
        ["minta"] = ["mnt", "nyuwun"],
        ["tanya"] = ["takon", "tny"],
        ["kirim"] = ["kintun", "krm"],
        ["kirimi"] = ["kintuni", "kirimin"],
        ["dikirimi"] = ["dikintuni", "dikirimin"],
        ["dikirim"] = ["dikintun"],
        ["harus"] = ["hrs", "kudu"],
        ["mengerti"] = ["ngerti", "ngertos", "paham", "faham", "mudeng"],
        ["tarik"] = ["trk"],
        ["bayar"] = ["byr", "mbayar"],
        ["berhenti"] = ["brenti", "mandek"],
        // Question words.
        ["berapa"] = ["brp", "brapa", "brpa", "pinten", "piro", "pira"],
        ["kapan"] = ["kpn"],
        ["mana"] = ["endi", "pundi", "ngendi", "dmn", "dimana"],
        ["apa"] = ["opo", "napa", "nopo", "menapa", "punapa"],
        ["bagaimana"] = ["gimana", "gmn", "pripun", "piye", "kepiye"],
        // Time, place and the rest.
        ["sekarang"] = ["skrg", "skrang", "skrng", "saiki", "sakniki"],
        ["besok"] = ["bsk", "sesuk", "mbenjing", "benjing", "besuk"],
        ["nanti"] = ["ntar", "nti", "mengko", "engko", "mangke"],
        ["dulu"] = ["dl", "dlu", "disik", "disek", "riyin", "rumiyin", "sik", "sek"],
        ["lagi"] = ["lg", "maneh", "malih"],
        ["masih"] = ["msh", "isih", "taksih", "tasih"],
        ["tinggal"] = ["kari", "kantun"],
        ["hari"] = ["dinten", "dino", "dina"],
        ["tanggal"] = ["tgl"],
        ["bulan"] = ["bln"],
        ["ada"] = ["ana", "ono", "wonten", "enten"],
        ["tapi"] = ["tp", "tpi", "tetapi", "nanging"],
        ["juga"] = ["jg", "uga"],
        ["saja"] = ["aja", "mawon", "wae", "ae"],
        ["yang"] = ["yg", "sing", "ingkang"],
        ["untuk"] = ["utk", "untk"],
        ["dengan"] = ["dgn"],
        ["tolong"] = ["tlg", "tulung"],
        ["jadwal"] = ["jdwl"],
        ["riwayat"] = ["rwyt"],
        ["menu"] = ["mnu"],
        ["makasih"] = ["makasi", "makacih", "maksih", "mkasih", "mksh", "mksi", "trims", "trimksh", "trmksh", "tks", "thx", "tq", "ty", "tengkyu", "kesuwun"],
        ["maturnuwun"] = ["matursuwun", "maturnwn"],
        ["insyaallah"] = ["insyallah", "insaallah", "inshaallah", "insyaalloh", "insyalloh", "insallah"],
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
        "hari", "minggu", "bulan", "tahun", "tanggal", "pekan", "uang", "kelompok", "kosong", "pulsa", "sinyal",
        // Amounts in words reach the money parser ("satus ewu" is not a mistyped "status").
        "rupiah", "ribu", "juta", "sejuta", "setengah", "puluh", "ratus", "seratus", "ewu", "satus", "seket", "selawe",
        "rumah", "pasar", "kota", "desa", "cari", "kirim", "lihat", "tahu", "maaf", "semua", "banyak",
        "sedikit", "bagaimana", "berapa", "yang", "sini", "situ", "begitu", "kasir", "data", "nomor",
        // Javanese everyday words.
        "dalem", "griya", "omah", "nggon", "nggone", "wong", "wonge", "bojo", "lare", "bocah", "simbah", "tonggo",
        "kabeh", "sedaya", "niku", "kuwi", "iki", "mriki", "mrika", "sampeyan", "panjenengan", "nembe", "lagi",
        "sinau", "tandur", "panen", "sawah", "kebon", "dagang", "warung", "jualan", "kulakan", "mantu", "layatan",
        "pengajian", "pengaosan", "hajatan", "kondangan", "pelatihan", "kegiatan", "undian", "hadiah", "lucu", "acara",
        "nunggu", "tunggu", "pabrik", "loker", "salam", "titip", "metu", "mlebu", "lunga", "kesah", "tindak",
    ];

    /// <summary>The standard word for <paramref name="word"/>, or the word itself.</summary>
    public static string Standardise(string word) =>
        MeaningOf.TryGetValue(word, out var meaning) ? meaning : Salam.Shape(word) ?? Skeletons.Find(word) ?? word;

    public static bool IsEverydayWord(string word) => EverydayWords.Contains(word);
}
