using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Deposits;

/// <summary>
/// Conversations__MaxAmountPerEntry applied to what an amount is taken to mean, not only to what
/// was typed: a bare "900" is asked back as Rp900.000, and YA would record Rp900.000. An amount
/// above the maximum is refused when it is read, however it was read, and again at YA (a draft may
/// have waited while the maximum was lowered).
/// </summary>
internal static class AmountLimit
{
    /// <summary>The parser's reading, with a "did you mean" above the maximum read as TooLarge:
    /// asking "Maksud Ibu Rp900.000?" only to refuse the YA would waste an SMS and a yes.</summary>
    public static AmountReading Within(AmountReading reading, long maxPerEntry) =>
        reading.Outcome == AmountOutcome.AskBack && reading.Amount > maxPerEntry
            ? reading with { Outcome = AmountOutcome.TooLarge }
            : reading;

    public static AmountReading Parse(string? text, long maxPerEntry) => Within(AmountParser.Parse(text, maxPerEntry), maxPerEntry);

    /// <summary>At YA, for an amount read earlier: what to say when it is above the maximum, or null.</summary>
    public static string? Problem(long amount, long maxPerEntry, string forWhom) => amount > maxPerEntry
        ? $"Jumlah {Rupiah.Format(amount)} untuk {forWhom} melebihi batas {Rupiah.Format(maxPerEntry)} per catatan. Tidak ada yang disimpan."
        : null;
}
