namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// Words by what they do in a sentence rather than by the request they name, written in their
/// standard form (see <see cref="Slang"/>): "mboten" is already "tidak" here, "saged" is "bisa".
/// </summary>
internal static class WordClasses
{
    /// <summary>Words that turn the meaning of the verb after them: "tidak bisa datang" is an absence.</summary>
    public static readonly HashSet<string> Negators = ["tidak", "belum", "jangan", "bukan"];

    /// <summary>Words a negation reaches across to its verb: "tidak <u>bisa</u> datang", "belum <u>sempat</u> setor".</summary>
    public static readonly HashSet<string> Modals = ["bisa", "dapat", "sempat", "mampu", "kuat", "kiat", "mau", "akan", "bakal", "perlu", "usah"];

    /// <summary>How people address each other: after "enggak bu" the answer is complete.</summary>
    public static readonly HashSet<string> Address = ["bu", "buk", "pak", "ibu", "bapak", "mbak", "mas", "dik", "yu", "mbah"];

    /// <summary>Words that carry no request of their own: who is addressed, who speaks, when, particles.</summary>
    public static readonly HashSet<string> Fillers =
    [
        "saya", "kami", "kita", "dia", "bu", "buk", "bun", "pak", "ibu", "bapak", "mbak", "mas", "yu", "dik", "ketua", "pendamping",
        "bendahara", "lho", "kok", "sih", "dong", "deh", "kan", "to", "no", "ta", "wah", "eh", "lha", "nah", "ya", "yo", "nggih",
        "nanti", "besok", "hari", "ini", "iki", "niki", "dulu", "lagi", "masih", "sudah", "ada", "yang", "saja", "juga", "semua",
        "kabeh", "sedaya", "itu", "kuwi", "niku", "tadi", "mau", "sekarang", "minggu", "dong", "kan", "kah", "pun", "insyaallah",
    ];

    /// <summary>Words that ask: a request for a figure, a date, a place.</summary>
    public static readonly HashSet<string> Questions = ["berapa", "kapan", "mana", "bagaimana", "pora", "tanya", "apakah", "kah"];

    /// <summary>Words that add something to an answer ("ya, tapi ...", "ok, sekalian ..."): the answer is no longer plain.</summary>
    public static readonly HashSet<string> Additions = ["tapi", "sekalian", "juga", "tambah", "ganti", "diganti", "diubah", "ubah", "eh", "kecuali", "selain"];

    /// <summary>Words that ask for something new ("sy mau bayar", "minta tips").</summary>
    public static readonly HashSet<string> Wants = ["mau", "minta", "tolong", "mohon"];

    /// <summary>Apologies: after a meeting notice, an apology alone says "I cannot come".</summary>
    public static readonly HashSet<string> Apologies = ["maaf", "nyuwun"];

    /// <summary>Other people whose illness keeps a member at home: "anak sakit" is an excuse, not a sick note.</summary>
    public static readonly HashSet<string> Kin =
    [
        "anak", "lare", "bocah", "putra", "putri", "bojo", "suami", "bapake", "ibuke", "simbah", "mbah", "mertua", "maratuwa",
        "cucu", "adik", "adek", "kakak", "ponakan", "keponakan", "keluarga", "emak", "mamak", "ortu", "tonggo", "tetangga",
        "kakung", "putu", "mbokde", "bude", "pakde", "bulik", "paklik", "sepuh", "tuwo", "tua", "mertuaku", "morotuwo",
    ];

    /// <summary>Kin words that are also ways of addressing someone: kin only with a possessive after ("ibu sy").</summary>
    public static readonly HashSet<string> KinWhenOwned = ["ibu", "bapak", "mbok"];

    public static readonly HashSet<string> Possessives = ["saya", "kami", "ku"];

    /// <summary>The sender speaking of herself (aku, sy, kula are read as "saya").</summary>
    public static readonly HashSet<string> Self = ["saya"];

    /// <summary>What a confirmation prompt asks to do ("Balas YA untuk simpan/kirim/koreksi"): typed alone or
    /// with a yes, they accept it; negated ("jangan dikirim") they refuse it.</summary>
    public static readonly HashSet<string> PromptVerbs =
    [
        "simpan", "simpen", "disimpan", "disimpen", "catat", "dicatat", "kirim", "kirimkan", "dikirim", "dikirimkan", "dikintun",
        "koreksi", "dikoreksi", "undang", "diundang", "lanjut", "lanjutkan", "setor", "gas", "gass", "proses", "diproses",
    ];

    /// <summary>Yes in a confirmation, though not in general: "sudah sesuai", "cocok", "pas".</summary>
    public static readonly HashSet<string> AgreeingWords = ["cocok", "pas", "sesuai", "sudah", "lengkap", "setuju", "insyaallah"];

    /// <summary>"yang benar 25rb" names the right figure; it does not say yes.</summary>
    public static readonly HashSet<string> Relatives = ["yang", "harusnya", "seharusnya", "mestinya"];

    /// <summary>Unsure: "kayaknya", "mungkin", "lupa". An unsure figure is not booked.</summary>
    public static readonly HashSet<string> Hedges = ["kayaknya", "kayake", "kayane", "sepertinya", "mungkin", "lupa", "ragu", "kira"];

    /// <summary>Later: in a guided round, "nanti dulu" skips the member for now.</summary>
    public static readonly HashSet<string> Later = ["nanti", "dulu", "tunggu", "belakangan", "bentar", "sebentar", "sek"];

    /// <summary>In a guided round, ways of saying the member did not save.</summary>
    public static readonly HashSet<string> Nothing =
    [
        "nol", "kosong", "nihil", "libur", "absen", "alpa", "alpha", "izin", "ijin", "sakit", "tidak", "belum", "bolos", "prei", "nul",
    ];

    /// <summary>Sending and getting messages, for "jangan kirim SMS lagi" (stop) and "kirim lagi" (start).</summary>
    public static readonly HashSet<string> MessageVerbs = ["kirim", "dikirim", "kirimi", "dikirimi", "terima", "nampi", "sms", "pesan", "wa"];

    public static readonly HashSet<string> SendVerbs = ["kirim", "dikirim", "kirimi", "dikirimi", "sms"];

    public static readonly HashSet<string> Again = ["lagi"];
}
