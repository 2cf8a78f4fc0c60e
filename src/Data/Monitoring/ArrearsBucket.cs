namespace Pkkpm.Data.Monitoring;

/// <summary>Loans in arrears whose oldest unpaid instalment is <paramref name="Label"/> days late.</summary>
/// <param name="Label">"1-30", "31-60", "61-90" or "> 90"; an instalment due today counts in 1-30.</param>
public sealed record ArrearsBucket(string Label, long Loans, long Arrears, long Outstanding);
