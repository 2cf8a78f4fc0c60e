namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// Every word and phrase the bot understands, one row per intent. Write words the way people
/// type them (slang, Javanese, abbreviations): they go through the same normalisation as
/// messages, so "tdk bisa datang" here matches "gak bs dtg" in a message.
/// </summary>
public static class Vocabulary
{
    /// <param name="Keyword">What the bot tells people to type; always one of the words.</param>
    /// <param name="Words">Words that name the request.</param>
    /// <param name="Hints">Vague words that count only when no clearer word is in the message.</param>
    internal sealed record Row(Intent Intent, string Keyword, string[] Words, string[] Hints);

    internal static readonly Row[] Rows =
    [
        new(Intent.Balance, "SALDO", ["saldo", "cek saldo", "ceksaldo", "brp saldo", "tabungan", "tab", "simpanan", "celengan", "sisa tabungan"],
            Hints: ["sisa", "berapa"]),
        new(Intent.Loan, "PINJAMAN", ["pinjaman", "pinjam", "utang", "hutang", "sisa pinjaman", "sisa utang", "sisa hutang",
            "sisa angsuran", "sisa cicilan", "tagihan", "tunggakan", "nunggak", "kredit", "jatuh tempo", "lunas"], Hints: []),
        new(Intent.Deposit, "SETOR", ["setor", "setoran", "stor", "nyetor", "nabung", "simpan", "tabung", "wajib", "sukarela", "pokok"],
            Hints: []),
        new(Intent.Repayment, "ANGSURAN", ["angsuran", "angsur", "cicilan", "cicil", "nyicil", "bayar", "nyaur"], Hints: []),
        new(Intent.Withdrawal, "TARIK", ["tarik", "penarikan", "ambil tabungan", "ambil simpanan"], Hints: []),
        new(Intent.MemberList, "DAFTAR", ["daftar", "anggota", "daftar anggota", "list anggota", "daftar nama anggota"], Hints: []),
        new(Intent.Summary, "REKAP", ["rekap", "rekapan", "laporan", "tabungan kelompok", "saldo kelompok", "kas kelompok"], Hints: []),
        new(Intent.Correction, "KOREKSI", ["koreksi", "ralat", "salah"], Hints: []),
        new(Intent.Accept, "TERIMA", ["terima", "setuju"], Hints: []),
        new(Intent.Reject, "TOLAK", ["tolak", "tidak setuju"], Hints: []),
        new(Intent.Present, "HADIR", ["hadir", "datang"], Hints: ["ikut", "kumpul"]),
        new(Intent.Excused, "IZIN", ["izin", "ijin", "berhalangan", "pamit"], Hints: []),
        new(Intent.Sick, "SAKIT", ["sakit", "gerah", "lara", "meriang", "mriang", "demam", "pusing", "flu", "pilek", "batuk", "watuk",
            "diare", "mencret", "opname", "dirawat", "operasi", "tipes", "tifus", "maag", "asam urat", "vertigo", "tensi", "darah tinggi",
            "masuk angin", "tidak enak badan", "tidak kepenak", "tidak sekeca badan", "tidak sehat", "kurang sehat", "panas dingin",
            "keseleo", "kecelakaan", "bedrest", "rawat inap"], Hints: []),
        new(Intent.AttendanceRoll, "ABSEN", ["absen", "absensi", "presensi"], Hints: []),
        new(Intent.History, "RIWAYAT", ["riwayat", "mutasi", "history", "transaksi", "catatan setoran", "catatan tabungan"], Hints: ["catatan"]),
        new(Intent.Schedule, "JADWAL", ["jadwal", "kapan kumpul", "pertemuan", "rapat", "kumpulan", "selapanan"], Hints: []),
        new(Intent.Broadcast, "UMUMKAN", ["umumkan", "pengumuman", "undangan"], Hints: ["info"]),
        new(Intent.BroadcastStatus, "STATUS", ["status pengumuman", "status umumkan", "status info", "status pesan"], Hints: ["status"]),
        new(Intent.Tips, "TIPS", ["tips", "tip", "kiat"], Hints: ["usaha"]),
        new(Intent.Help, "MENU", ["menu", "bantuan", "help", "ketik apa", "ngetik apa", "tidak mengerti", "bingung"],
            Hints: ["bantu", "tolong", "cara", "pitulungan"]),
        new(Intent.Stop, "BERHENTI", ["berhenti", "stop", "unreg", "off", "unsubscribe", "end", "quit", "optout", "stopall"],
            Hints: ["keluar"]),
        new(Intent.Start, "MULAI", ["mulai lagi", "mulai kirim", "start", "unstop", "on", "daftar ulang", "aktifkan"], Hints: ["mulai"]),
        new(Intent.Yes, "YA", ["ya", "y", "iya", "iyo", "yo", "yoh", "yes", "yup", "ok", "oke", "okey", "okay", "okeh", "sip", "siap",
            "betul", "benar", "nggih", "inggih", "enggih", "injih", "ngih", "hooh", "ho oh", "heeh", "monggo", "mangga", "boleh",
            "sendiko dawuh", "sendika dawuh"], Hints: []),
        new(Intent.No, "TIDAK", ["tidak", "belum", "bukan", "no", "n", "nope", "jangan", "tidak usah"], Hints: []),
        new(Intent.Cancel, "BATAL", ["batal", "batalkan", "cancel", "tidak jadi"], Hints: []),
        new(Intent.Continue, "LANJUT", ["lanjut", "lanjutkan"], Hints: []),
        new(Intent.Skip, "LEWAT", ["lewat", "lewati", "lewatin", "liwati", "dilewati", "skip", "lompat"], Hints: []),
        new(Intent.Greeting, "HALO", ["halo", "hallo", "hai", "hi", "assalamualaikum", "asalamualaikum", "assalamu alaikum",
            "waalaikumsalam", "selamat pagi", "selamat siang", "selamat sore", "selamat malam", "pagi", "siang", "sore", "malam",
            "sugeng enjing", "sugeng siang", "sugeng sonten", "sugeng dalu", "permisi", "punten", "nuwun sewu", "kulonuwun"], Hints: []),
        new(Intent.Thanks, "TERIMA KASIH", ["terima kasih", "terimakasih", "trimakasih", "makasih", "thanks", "thank you",
            "suwun", "nuwun", "matur nuwun", "maturnuwun", "matur suwun", "matur sembah nuwun"], Hints: []),
        // Only as the message's first word (QuestionReading): "mau tanya saldo" still asks for the savings.
        new(Intent.Ask, "TANYA", [], Hints: ["tanya"]),
        new(Intent.Answer, "JAWAB", [], Hints: ["jawab", "jwb"]),
        // Loans and arrears (issue 13). CAIR counts only from a pendamping and TUNGGAKAN lists the
        // group only for its officers (RequestRules); to anybody else they keep their old reading.
        new(Intent.Disburse, "CAIR", ["cair", "pencairan", "cairkan", "cairin"], Hints: []),
        new(Intent.ArrearsList, "TUNGGAKAN", ["daftar tunggakan", "tunggakan kelompok", "daftar nunggak"], Hints: []),
        new(Intent.ArrearsReminder, "INGATKAN", ["ingatkan", "ingetin", "ingetke", "pengingat", "pengingat angsuran", "ingatkan angsuran"], Hints: []),
    ];

    /// <summary>
    /// Typos of these are offered back as a question but never acted on: a guessed STOP would
    /// unsubscribe someone who wrote "stok", a guessed TERIMA would approve a loan.
    /// </summary>
    internal static readonly IReadOnlySet<Intent> TyposOnlySuggested =
        new HashSet<Intent> { Intent.Stop, Intent.Start, Intent.Accept, Intent.Reject };

    private static readonly Dictionary<Intent, Row> ByIntent = Rows.ToDictionary(row => row.Intent);

    /// <summary>The word the bot tells people to type, e.g. Balance -> "SALDO".</summary>
    public static string CanonicalKeyword(Intent intent) =>
        ByIntent.TryGetValue(intent, out var row)
            ? row.Keyword
            : throw new ArgumentOutOfRangeException(nameof(intent), intent, "Unknown has no keyword.");

    /// <summary>Every word and phrase understood as <paramref name="intent"/>, as written in the table.</summary>
    public static IReadOnlyList<string> Words(Intent intent) =>
        ByIntent.TryGetValue(intent, out var row) ? [.. row.Words, .. row.Hints] : [];

    /// <summary>Answers and courtesies rank below requests whatever the table says.</summary>
    internal static Tier TierOf(Intent intent, bool isHint) => intent switch
    {
        Intent.Yes or Intent.No => Tier.Answer,
        Intent.Greeting or Intent.Thanks => Tier.Courtesy,
        _ => isHint ? Tier.Hint : Tier.Keyword,
    };
}
