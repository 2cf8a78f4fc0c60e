namespace Pkkpm.Data.Monitoring;

/// <summary>One entry of a group's or a village's ledger: the statement row with whose entry it is.</summary>
public sealed record LedgerRow(long PersonId, string MemberName, string GroupCode, string Village, StatementRow Entry);
