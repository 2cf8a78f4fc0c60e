namespace Pkkpm.Conversations.Ledger;

public enum ReportStatus
{
    /// <summary>Waiting for the treasurer's TERIMA or TOLAK.</summary>
    Menunggu,
    Diterima,
    Ditolak,
}

/// <summary>
/// A repayment a member reported with BAYAR. The loan's outstanding changes only when the
/// treasurer accepts it (and an angsuran entry is recorded); until then it is only a report.
/// </summary>
public sealed record ReportedRepayment(
    long Id,
    string Code,
    long GroupId,
    long PersonId,
    string PersonName,
    string PersonPhone,
    long LoanId,
    long Amount,
    ReportStatus Status);
