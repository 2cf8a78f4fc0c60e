namespace Pkkpm.Conversations.Groups;

/// <summary>When and where a group meets, as groups.csv describes it (day in Indonesian, WIB time).
/// A group that does not meet weekly counts its meetings from <paramref name="FirstMeeting"/>.</summary>
public sealed record MeetingSchedule(string Day, TimeOnly Time, string Place, string Cadence, DateOnly? FirstMeeting = null);
