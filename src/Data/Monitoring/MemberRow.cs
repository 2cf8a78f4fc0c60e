namespace Pkkpm.Data.Monitoring;

/// <summary>A member on a group's list. No phone: the list is read on screens and in exports.</summary>
public sealed record MemberRow(long PersonId, int ListNumber, string Name, string Role, bool OptedOut, AreaSummary Figures);
