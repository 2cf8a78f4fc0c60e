using FsCheck;
using FsCheck.Fluent;

namespace Pkkpm.Conversations.Tests.Sms;

/// <summary>
/// The longest values a reply can be filled with: 37-character names, 30-character group names
/// and places, 12-letter group codes, 9-digit balances, arrears on three loans, reasons and notices
/// with emoji and accents. Names and texts are made of real Javanese and Indonesian words, some
/// with letters GSM-7 lacks (Ḥalīmah), as a seed typed on a smartphone would have them.
/// </summary>
internal sealed record WorstCase(
    IReadOnlyList<string> Names,
    string PendampingName,
    string Salutation,
    string GroupName,
    IReadOnlyList<string> GroupCodes,
    string Place,
    long Savings,
    IReadOnlyList<(int Instalments, long Amount)> Loans,
    string Reason,
    string Notice,
    string Tip)
{
    public const int NameLength = 37, GroupNameLength = 30, PlaceLength = 30, Groups = 15;

    // The first member's savings: with the deposits of the script, her balance and the group's
    // totals stay at 9 digits, as in the largest groups.
    public const int MaxSavings = 299_999_999;

    // Long first names first: the first name is what most replies say ("Ibu Kusumawardani").
    private static readonly string[] NameWords =
    [
        "Kusumawardani", "Retnaningsih", "Mulyaningsih", "Wahyuningsih", "Purwaningsih", "Setyaningrum",
        "Sri", "Endang", "Susilowati", "Rahayu", "Bambang", "Sutrisno", "Hadiwijoyo", "Prakoso", "Tukiyem",
        "Ngatmini", "Sulastri", "Painem", "Kurniawati", "Anggraéni", "Ḥalīmah", "Nūr", "Siti", "Dwi",
    ];

    private static readonly string[] PlaceWords =
        ["Rumah", "Ibu", "Balai", "Desa", "Pendopo", "Kelurahan", "Sumberejo", "Ngargorejo", "Mushola", "Al-Ikhlās", "RT", "03/RW", "05"];

    private static readonly string[] Flowers =
        ["MAWAR", "MELATI", "ANGGREK", "KENANGA", "DAHLIA", "TERATAI", "CEMPAKA", "KAMBOJA", "SEROJA", "ASOKA", "FLAMBOYAN", "BAKUNG", "KEMUNING", "SRIGADING", "BOUGENVILLE"];

    private static readonly string[] ReasonWords =
        ["anak", "sakit", "panas", "🙏", "🙏🏽", "nggih", "bu", "ke", "Solo", "kondangan", "saudara", "maaf", "sanget", "😢", "tindak", "Kudus", "señora", "Ḥaji", "ibu", "mertua", "opname", "❤️"];

    private static readonly string[] NoticeWords =
        ["Besok", "pagi", "kerja", "bakti", "di", "balai", "desa,", "mohon", "semua", "anggota", "hadir", "membawa", "buku", "tabungan", "🙏", "📢", "—", "“penting”", "Ḥalal", "café", "jam", "08.00", "…", "Matur", "nuwun", "🌾"];

    // tips.csv only takes GSM-7 text of at most 130 characters.
    private static readonly string[] TipWords =
        ["Catat", "uang", "masuk", "dan", "keluar", "setiap", "hari,", "misalnya", "Rp20.000.", "Pisahkan", "modal", "usaha", "(bon)", "Ibu", "café"];

    public static Arbitrary<WorstCase> Any() => (
            from members in Gen.Choose(20, 99)
            from names in Gen.ArrayOf(Exactly(NameLength, Words(NameWords)), members)
            from sris in Gen.Choose(2, 9)
            from pendamping in Exactly(NameLength, Words(NameWords))
            from salutation in Gen.Elements("Ibu", "Bapak", "Bapak/Ibu")
            from groupName in Exactly(GroupNameLength, Words(NameWords).Select(words => "KPB " + words))
            from codes in Gen.Shuffle(Flowers).Select(Codes)
            from place in Exactly(PlaceLength, Words(PlaceWords))
            from savings in Gen.Choose(100_000_000, MaxSavings)
            from loans in Gen.ArrayOf(Loan(), 3)
            from reason in Words(ReasonWords)
            from notice in Gen.Choose(300, 900).SelectMany(length => Exactly(length, Words(NoticeWords, 200)))
            from tip in Exactly(130, Words(TipWords))
            select new WorstCase(WithSris(names, sris), pendamping, salutation, groupName, codes, place, savings, loans, reason, notice, tip))
        .ToArbitrary();

    /// <summary>The longest of every value, always tried first.</summary>
    public static WorstCase Longest { get; } = new(
        Enumerable.Range(0, 99).Select(i => i is >= 4 and < 13 ? "Sri Kusumawardani Retnaningsih Wahyun" : "Kusumawardāni Retnaningsih Mulyaning" + (char)('a' + i % 26)).ToList(),
        "Kusumawardani Setyaningrum Purwaning",
        "Bapak/Ibu",
        "KPB Kusumawardani Retnaningsih",
        Codes(Flowers),
        "Pendopo Kelurahan Ngargorejo 3",
        MaxSavings,
        [(30, 11_111_111), (30, 11_111_111), (30, 11_111_111)],
        "anak sakit 🙏 panas nggih bu, ke Solo Ḥaji ibu mertua opname 😢",
        string.Join(' ', Enumerable.Repeat("Besok pagi kerja bakti 🙏 di balai desa, “penting” — café Ḥalal…", 12)),
        new string('x', 130));

    // Three loans in arrears whose outstanding still adds up to 9 digits.
    private static Gen<(int, long)> Loan() =>
        from instalments in Gen.Choose(10, 50)
        from amount in Gen.Choose(1_000_000, 333_333_333 / instalments)
        select (instalments, (long)amount);

    // Codes of 9 to 12 letters: a flower and a number, as villages name second groups.
    private static IReadOnlyList<string> Codes(IEnumerable<string> flowers) =>
        flowers.Take(Groups).Select((flower, i) => (flower + "SARI" + (i + 10))[..Math.Min(12, flower.Length + 6)]).ToList();

    // Several members whose names start with "Sri": SETOR Sri has to ask which one.
    private static List<string> WithSris(string[] names, int sris) =>
        names.Select((name, i) => i >= 4 && i < 4 + sris ? ("Sri " + name)[..NameLength] : name).ToList();

    private static Gen<string> Words(string[] pool, int count = 40) =>
        Gen.Elements(pool).ArrayOf(count).Select(words => string.Join(' ', words));

    /// <summary>Cut to exactly <paramref name="length"/> UTF-16 units, never ending in a space or
    /// in half an emoji (a phone never sends one).</summary>
    private static Gen<string> Exactly(int length, Gen<string> text) => text.Select(t =>
    {
        var cut = t.Length > length ? t[..length] : t;
        if (char.IsHighSurrogate(cut[^1])) cut = cut[..^1];
        return cut.TrimEnd().PadRight(length, 'a');
    });
}
