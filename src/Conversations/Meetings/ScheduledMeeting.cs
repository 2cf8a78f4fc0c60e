namespace Pkkpm.Conversations.Meetings;

/// <summary>A meeting a pendamping scheduled with RAPAT (a one-off, beside the group's routine day).</summary>
public sealed record ScheduledMeeting(long MeetingId, long GroupId, DateTimeOffset StartsAt, DateOnly MeetingOn, string Place);
