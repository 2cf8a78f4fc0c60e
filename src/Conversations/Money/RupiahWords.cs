namespace Pkkpm.Conversations.Money;

/// <summary>
/// Amounts as a listener understands them: 1.250.000 is "satu juta dua ratus lima puluh ribu
/// rupiah". Text-to-speech reads "Rp1.250.000" digit by digit or as a decimal, so what is read
/// aloud is spelled out here (the reading side of this is <see cref="NumberWords"/>).
/// </summary>
public static class RupiahWords
{
    private static readonly string[] Ones =
        ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];

    // Largest first; "se-" stands for "satu" before ratus, ribu and puluh ("seribu", never "satu ribu"),
    // but not before juta and above ("satu juta").
    private static readonly (long Size, string Word)[] Scales =
        [(1_000_000_000_000, "triliun"), (1_000_000_000, "miliar"), (1_000_000, "juta"), (1_000, "ribu")];

    /// <summary>"lima puluh ribu rupiah".</summary>
    public static string Say(long amount) => Number(amount) + " rupiah";

    /// <summary>A whole number in Indonesian words: 0 "nol", 1.000 "seribu", 15.000.000 "lima belas juta".</summary>
    public static string Number(long value)
    {
        if (value == 0) return Ones[0];
        // Negating long.MinValue overflows: take the magnitude as an unsigned number.
        var magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        var words = new List<string>();
        if (value < 0) words.Add("minus");
        foreach (var (size, word) in Scales)
        {
            var count = magnitude / (ulong)size;
            magnitude %= (ulong)size;
            if (count == 0) continue;
            if (count == 1 && size == 1_000) words.Add("seribu");
            else
            {
                words.Add(Number((long)count));
                words.Add(word);
            }
        }
        if (magnitude > 0) words.Add(BelowThousand((int)magnitude));
        return string.Join(' ', words);
    }

    private static string BelowThousand(int value)
    {
        var words = new List<string>();
        var hundreds = value / 100;
        if (hundreds == 1) words.Add("seratus");
        else if (hundreds > 1) words.Add($"{Ones[hundreds]} ratus");
        var rest = value % 100;
        if (rest > 0) words.Add(BelowHundred(rest));
        return string.Join(' ', words);
    }

    private static string BelowHundred(int value) => value switch
    {
        < 12 => Ones[value],
        < 20 => $"{Ones[value - 10]} belas",
        _ when value % 10 == 0 => $"{Ones[value / 10]} puluh",
        _ => $"{Ones[value / 10]} puluh {Ones[value % 10]}",
    };
}
