namespace Pkkpm.Data.Monitoring;

/// <summary>Loans at the end of the period: disbursed, outstanding, repaid against due, at risk.</summary>
public sealed record LoanFigures(
    long DisbursedCount, long DisbursedAmount, long RunningLoans, long Outstanding, long Due, long PaidAgainstDue,
    long OutstandingOver30Days, IReadOnlyList<ArrearsBucket> Arrears)
{
    public const string DisbursedDefinition = "Pinjaman cair: banyak dan pokok pinjaman yang dicairkan dalam periode.";

    public const string OutstandingDefinition =
        "Sisa pinjaman: angsuran x jumlah angsuran (jasa sudah termasuk) dikurangi yang sudah dibayar, pada akhir periode.";

    public const string RepaymentRateDefinition =
        "Tingkat pengembalian: angsuran dibayar dibanding angsuran jatuh tempo sejak cair sampai akhir periode (kelebihan bayar tidak dihitung).";

    public const string Par30Definition =
        "PAR30: sisa pinjaman yang tunggakannya lebih dari 30 hari dibagi seluruh sisa pinjaman.";

    public const string ArrearsDefinition =
        "Tunggakan menurut umur: angsuran jatuh tempo yang belum dibayar, menurut hari sejak jatuh tempo angsuran tertua yang belum lunas.";

    public Ratio RepaymentRate => new(PaidAgainstDue, Due);

    public Ratio Par30 => new(OutstandingOver30Days, Outstanding);
}
