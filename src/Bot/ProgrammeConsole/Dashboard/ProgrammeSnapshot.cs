using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>The whole programme's figures for this week and this month, taken at one moment.</summary>
public sealed record ProgrammeSnapshot(DateTimeOffset TakenAt, IReadOnlyList<ProgrammePeriodFigures> Periods)
{
    /// <summary>Null for any other period (a custom one, or a week begun since): the page computes it live.</summary>
    public ProgrammePeriodFigures? Find(ReportPeriod period) => Periods.FirstOrDefault(p => p.Period == period);
}
