namespace Pkkpm.Data.Monitoring;

/// <summary>Money in and out of savings in the period, and how regularly members saved.</summary>
public sealed record SavingsFigures(long Members, long Deposits, long Withdrawals, long Repayments, IReadOnlyList<WeeklySavers> Weeks)
{
    public const string DepositsDefinition =
        "Setoran: jumlah setoran simpanan dalam periode; entri yang dikoreksi dan koreksinya tidak dihitung.";

    public const string WithdrawalsDefinition =
        "Penarikan: jumlah penarikan simpanan dalam periode; entri yang dikoreksi dan koreksinya tidak dihitung.";

    public const string SavingsPerMemberDefinition =
        "Setoran per anggota: setoran dalam periode dibagi jumlah anggota (yang punya nomor urut di kelompok).";

    public const string RegularityDefinition =
        "Keteraturan menabung: bagian anggota yang menyetor sedikitnya sekali dalam minggu itu (Senin-Minggu, utuh juga di awal dan akhir periode).";

    /// <summary>Whole rupiah, rounded down; null without members.</summary>
    public long? SavingsPerMember => Members == 0 ? null : Deposits / Members;
}
