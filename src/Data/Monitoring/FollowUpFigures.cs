namespace Pkkpm.Data.Monitoring;

/// <summary>What waits for someone now (not a period's figure): disputes, reported repayments, opt-outs, tips.</summary>
public sealed record FollowUpFigures(long OpenDisputes, long WaitingReports, long OptedOut, long TipSubscribers)
{
    public const string OpenDisputesDefinition = "Sanggahan terbuka: entri yang disanggah anggota (SALAH) dan belum diputuskan bendahara.";

    public const string WaitingReportsDefinition = "Laporan angsuran menunggu: BAYAR dari anggota yang belum diterima atau ditolak bendahara.";

    public const string OptedOutDefinition = "Berhenti pesan: orang dalam cakupan yang mengirim BERHENTI dan belum MULAI lagi.";

    public const string TipSubscribersDefinition = "Pelanggan tips: orang dalam cakupan yang berlangganan tips usaha mingguan.";
}
