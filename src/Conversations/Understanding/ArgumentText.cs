namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// What a flow gets besides the intent: mostly the typed text after the keyword, exactly as typed
/// ("SETOR Sri 50rb, Siti 25rb" gives "Sri 50rb, Siti 25rb"), with a few rules of its own for codes,
/// group codes and reasons.
/// </summary>
internal static class ArgumentText
{
    // Trimmed from both ends. Not "-": "Rp 50.000,-" must reach the amount parser whole.
    private const string Edges = "#.,:;!?";

    // Words around a group code that are not the code: "DAFTAR nama anggota", "REKAP minggu iki".
    private static readonly HashSet<string> AroundAGroupCode =
    [
        "anggota", "nama", "no", "nomor", "nmr", "kelompok", "kpb", "minggu", "bulan", "ini", "iki", "niki", "hari", "dulu", "lengkap",
        "terbaru", "baru", "semua", "lihat", "minta", "tolong", "saya", "kita", "kami", "total", "list", "data", "berapa", "sekarang", "kapan",
    ];

    public static string For(Intent intent, Sentence sentence, Hit hit) => intent switch
    {
        Intent.Accept => CodeOnly(sentence, RequestRules.CodeAt(sentence, hit.Last)),
        Intent.Correction or Intent.Reject or Intent.BroadcastStatus => From(sentence, RequestRules.CodeAt(sentence, hit.Last)),
        Intent.MemberList or Intent.Summary => GroupCode(sentence, hit.Last),
        // The reason is what is left around "tidak bisa datang" or IZIN: before or after it.
        Intent.Excused => hit.Tier == Tier.Keyword ? sentence.Without(hit.First, hit.Last) : Trim(sentence.Text),
        // "SAKIT demam" gives "demam"; "lagi meriang bu" keeps its words whole.
        Intent.Sick => sentence.Tokens[0].Is("sakit") ? sentence.After(0) : Trim(sentence.Text),
        _ => sentence.After(hit.Last),
    };

    public static string Trim(string text)
    {
        static bool IsEdge(char c) => char.IsWhiteSpace(c) || Edges.Contains(c);
        var start = 0;
        var end = text.Length;
        while (start < end && IsEdge(text[start]))
            start++;
        while (end > start && IsEdge(text[end - 1]))
            end--;
        return text[start..end];
    }

    private static string From(Sentence sentence, int token) =>
        token >= sentence.Tokens.Count ? "" : Trim(sentence.Text[sentence.Tokens[token].Start..]);

    // "Terima DEFX bu": TERIMA takes a code and nothing else.
    private static string CodeOnly(Sentence sentence, int token)
    {
        var from = From(sentence, token);
        var end = 0;
        while (end < from.Length && char.IsAsciiLetterOrDigit(from[end])) end++;
        return end > 0 ? from[..end] : from;
    }

    private static string GroupCode(Sentence sentence, int last)
    {
        var code = sentence.Tokens.Skip(last + 1)
            .FirstOrDefault(t => !t.HasDigits && !AroundAGroupCode.Contains(t.Word) && !WordClasses.Fillers.Contains(t.Word));
        return code == default ? "" : sentence.Text[code.Start..code.End];
    }
}
