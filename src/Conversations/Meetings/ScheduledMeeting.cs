namespace Pkkpm.Conversations.Meetings;

/// <summary>A meeting a pendamping scheduled with RAPAT (a one-off, beside the group's routine day).
/// <see cref="Pasaran"/>: the market day it was called by ("Kamis Legi"), null if none was named.</summary>
public sealed record ScheduledMeeting(long MeetingId, long GroupId, DateTimeOffset StartsAt, DateOnly MeetingOn, string Place, string? Pasaran = null);
