namespace Pkkpm.Data.Monitoring;

/// <summary>Members who saved in the week starting <paramref name="WeekStart"/> (a Monday), of all members.</summary>
public sealed record WeeklySavers(DateOnly WeekStart, Ratio Savers);
