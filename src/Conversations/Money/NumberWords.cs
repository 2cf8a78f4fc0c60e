namespace Pkkpm.Conversations.Money;

internal enum WordKind
{
    Digit,       // satu .. sembilan, nol; takes puluh/belas/ratus after it
    Value,       // a number on its own: sepuluh, seratus, selawe (25), seket (50), satus (100)
    Tens,        // puluh: the digit before it times 10
    Teens,       // belas: the digit before it plus 10
    Hundreds,    // ratus / atus: the digit before it times 100
    Unit,        // ribu, rb, k, ewu, juta, jt, yuta: multiplies everything before it
    OneUnit,     // seribu, sewu, sejuta: "one" and the unit in one word
    Half,        // setengah: half a unit ("setengah juta", "sejuta setengah")
    Currency,    // rp, idr, rupiah: says nothing about the value
}

internal readonly record struct NumberWord(WordKind Kind, long Value);

/// <summary>Words for numbers and units, in Indonesian and Javanese (members type both).</summary>
internal static class NumberWords
{
    public const long Ribu = 1_000;
    public const long Juta = 1_000_000;

    public static NumberWord? Find(string word) => Words.TryGetValue(word, out var found) ? found : null;

    private static readonly Dictionary<string, NumberWord> Words = Build();

    private static Dictionary<string, NumberWord> Build()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        void Add(WordKind kind, long value, params string[] spellings)
        {
            foreach (var spelling in spellings) words.Add(spelling, new NumberWord(kind, value));
        }

        Add(WordKind.Digit, 0, "nol", "kosong");
        Add(WordKind.Digit, 1, "satu", "siji");
        // Javanese has a linking form before puluh/atus/ewu: rong puluh, telung atus, limang ewu.
        Add(WordKind.Digit, 2, "dua", "loro", "rong");
        Add(WordKind.Digit, 3, "tiga", "telu", "telung");
        Add(WordKind.Digit, 4, "empat", "papat", "patang");
        Add(WordKind.Digit, 5, "lima", "limang");
        Add(WordKind.Digit, 6, "enam", "enem", "nem");
        Add(WordKind.Digit, 7, "tujuh", "pitu", "pitung");
        Add(WordKind.Digit, 8, "delapan", "wolu", "wolung");
        Add(WordKind.Digit, 9, "sembilan", "sanga", "sangang");

        Add(WordKind.Value, 10, "sepuluh");
        Add(WordKind.Value, 11, "sebelas", "sewelas");
        // Javanese 12-19 and 21-29 are single words; 25, 50 and 60 have their own names.
        Add(WordKind.Value, 12, "rolas");
        Add(WordKind.Value, 13, "telulas");
        Add(WordKind.Value, 14, "patbelas");
        Add(WordKind.Value, 15, "limolas");
        Add(WordKind.Value, 16, "nembelas");
        Add(WordKind.Value, 17, "pitulas");
        Add(WordKind.Value, 18, "wolulas");
        Add(WordKind.Value, 19, "sangalas");
        Add(WordKind.Value, 21, "selikur");
        Add(WordKind.Value, 22, "rolikur");
        Add(WordKind.Value, 23, "telulikur");
        Add(WordKind.Value, 24, "patlikur");
        Add(WordKind.Value, 25, "selawe");
        Add(WordKind.Value, 26, "nemlikur");
        Add(WordKind.Value, 27, "pitulikur");
        Add(WordKind.Value, 28, "wolulikur");
        Add(WordKind.Value, 29, "sangalikur");
        Add(WordKind.Value, 50, "seket");
        Add(WordKind.Value, 60, "sewidak");
        Add(WordKind.Value, 100, "seratus", "satus");

        Add(WordKind.Tens, 10, "puluh");
        Add(WordKind.Teens, 10, "belas");
        Add(WordKind.Hundreds, 100, "ratus", "atus");

        Add(WordKind.Unit, Ribu, "ribu", "rb", "rbu", "rebu", "k", "ewu");
        Add(WordKind.Unit, Juta, "juta", "jt", "jta", "yuta");
        Add(WordKind.OneUnit, Ribu, "seribu", "sewu");
        Add(WordKind.OneUnit, Juta, "sejuta", "sayuta");
        Add(WordKind.Half, 0, "setengah");
        Add(WordKind.Currency, 0, "rp", "idr", "rupiah");
        return words;
    }
}
