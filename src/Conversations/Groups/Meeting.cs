namespace Pkkpm.Conversations.Groups;

/// <summary>When and where a group meets, as groups.csv describes it (day in Indonesian, WIB time).</summary>
public sealed record MeetingSchedule(string Day, TimeOnly Time, string Place, string Cadence);
