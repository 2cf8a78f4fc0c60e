namespace Pkkpm.Data.Monitoring;

/// <summary>One loan in arrears at the end of the period, for the list a pendamping follows up.</summary>
public sealed record MemberInArrears(
    long PersonId, string Name, long GroupId, string GroupCode, string GroupName, string Village, long LoanId,
    long Arrears, int InstalmentsLate, int DaysLate, long Outstanding)
{
    public const string Definition =
        "Anggota menunggak: pinjaman dengan angsuran jatuh tempo yang belum dibayar pada akhir periode; " +
        "angsuran yang baru dibayar sebagian dihitung satu.";
}
