namespace Pkkpm.Data.Monitoring;

/// <summary>
/// One ledger entry as the member's statement shows it, read-only. A reversal keeps the reversed
/// entry's kind and amount (as stored); <see cref="SignedAmount"/> is how it moves the books.
/// </summary>
public sealed record StatementRow(
    long EntryId, string Code, DateOnly OccurredOn, string Kind, long Amount, long? LoanId,
    string? ReversesCode, string? ReversedByCode, string? RecordedByName, string? RecordedByRole,
    string Source, string? SourceRef, string? Note, DateTimeOffset RecordedAt)
{
    public const string Definition =
        "Rekening anggota: semua entri buku (tidak pernah diubah; koreksi adalah entri pembalik), dengan kodenya, pencatat dan sumbernya.";

    public bool IsReversal => ReversesCode is not null;

    public long SignedAmount => IsReversal ? -Amount : Amount;
}
