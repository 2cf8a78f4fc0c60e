using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.Sms;

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

    /// <summary>Echoing what was typed (a name, an amount, a reason, a code) on one line, but never
    /// so much that the reply needs a second SMS, and never a character that would make it UCS-2.</summary>
    /// <remarks>Folded first, so the cut cannot fall inside a character: every GSM-7 character is one
    /// UTF-16 unit. Measured in septets, as the SMS is: '{' counts two.</remarks>
    public static string Short(string text)
    {
        const int Longest = 20, Kept = 17;
        var folded = Gsm7Text.Fold(text).Replace('\n', ' ');
        if (SmsLength.Septets(folded) <= Longest)
            return folded;
        var (kept, septets) = (0, 0);
        while (septets + SmsLength.Septets(folded[kept]) <= Kept)
            septets += SmsLength.Septets(folded[kept++]);
        return folded[..kept].TrimEnd() + "...";
    }
}
