using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Deposits;

/// <summary>What we say when an amount cannot be taken as typed. Always with an example.</summary>
internal static class AmountTexts
{
    public static string Problem(AmountReading reading, string typed, long maxPerEntry) => reading.Outcome switch
    {
        AmountOutcome.Zero => "Jumlah 0 tidak bisa dicatat. Tulis jumlahnya, misalnya 50rb.",
        AmountOutcome.Negative => "Jumlah tidak boleh minus. Untuk membatalkan catatan, pakai KOREKSI kode.",
        AmountOutcome.TooLarge => $"Jumlah {Rupiah.Format(reading.Amount)} melebihi batas {Rupiah.Format(maxPerEntry)} per catatan. Mohon periksa lagi.",
        AmountOutcome.Ambiguous => $"Jumlah '{Short(typed)}' kurang jelas. Tulis misalnya 50000, 50.000 atau 50rb.",
        _ => $"Jumlah '{Short(typed)}' tidak terbaca. Tulis misalnya 50000, 50.000 atau 50rb.",
    };

    public static string AskBack(string salutation, long amount, string? forWhom) =>
        $"Maksud {salutation} {Rupiah.Format(amount)}{(forWhom is null ? "" : " untuk " + forWhom)}? Balas YA, atau ketik jumlah yang benar.";

    /// <summary>Echoing what was typed, but never so much that the reply needs a second SMS.</summary>
    public static string Short(string text) => text.Length <= 20 ? text : text[..17] + "...";
}
