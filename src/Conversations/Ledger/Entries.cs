namespace Pkkpm.Conversations.Ledger;

/// <summary>
/// An entry to record. Who recorded it and from which message is not part of it: the store takes
/// both from the turn it runs in, so no flow can forget or forge them.
/// A reversal (<see cref="ReversesEntryId"/>) repeats the reversed entry's kind and amount.
/// </summary>
public sealed record NewEntry(
    long GroupId,
    long PersonId,
    EntryKind Kind,
    long Amount,
    long? LoanId = null,
    long? ReversesEntryId = null,
    string? Note = null);

/// <summary>A recorded entry and the short code shown on receipts (e.g. K7QA).</summary>
public sealed record RecordedEntry(long EntryId, string Code);

/// <summary>A recorded entry as flows see it: for KOREKSI, SALAH and RIWAYAT.</summary>
public sealed record EntryInfo(
    long EntryId,
    string Code,
    long GroupId,
    long PersonId,
    string PersonName,
    EntryKind Kind,
    long Amount,
    DateOnly OccurredOn,
    string? RecordedByName,
    long? ReversesEntryId,
    bool IsReversed,
    bool HasOpenDispute,
    long? LoanId = null)
{
    public bool IsReversal => ReversesEntryId is not null;
}
