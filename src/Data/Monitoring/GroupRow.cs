namespace Pkkpm.Data.Monitoring;

public sealed record GroupRow(long GroupId, string Code, string Name, string Village, AreaSummary Figures);
