using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>The whole programme's villages and figure families for one period, as the dashboard shows them.</summary>
public sealed record ProgrammePeriodFigures(ReportPeriod Period, IReadOnlyList<VillageRow> Villages, FigureSet Figures);
