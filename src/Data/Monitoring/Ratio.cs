namespace Pkkpm.Data.Monitoring;

/// <summary>A part of a whole, kept as both counts so a page can print "3 dari 4 (75%)".</summary>
public readonly record struct Ratio(long Part, long Whole)
{
    /// <summary>Null when there is nothing to divide by: "no meetings" is not "0% attendance".</summary>
    public double? Value => Whole == 0 ? null : (double)Part / Whole;
}
