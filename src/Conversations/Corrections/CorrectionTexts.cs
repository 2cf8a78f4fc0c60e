namespace Pkkpm.Conversations.Corrections;

internal static class CorrectionTexts
{
    /// <summary>The same answer whether the code does not exist or belongs to someone else: nothing leaks.</summary>
    public static string CodeNotFound(string code, string where) =>
        $"Kode {Deposits.AmountTexts.Short(code)} tidak ditemukan di {where}. Periksa lagi kodenya di tanda terima atau RIWAYAT.";
}
