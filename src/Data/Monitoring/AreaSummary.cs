namespace Pkkpm.Data.Monitoring;

/// <summary>
/// Headline figures of a village, a group or a member for the drill-down lists: savings held at
/// the end of the period, money in during it, and loans at its end.
/// </summary>
public sealed record AreaSummary(
    long Members, long SavingsBalance, long Deposits, long Repayments, long Outstanding, long Arrears, long LoansInArrears)
{
    public const string Definition =
        "Ringkasan: anggota, saldo simpanan pada akhir periode, setoran dan angsuran dalam periode, sisa pinjaman dan tunggakan pada akhir periode.";

    public static readonly AreaSummary Empty = new(0, 0, 0, 0, 0, 0, 0);
}
