namespace Pkkpm.Data.Monitoring;

public sealed record VillageRow(string Village, long Groups, AreaSummary Figures);
