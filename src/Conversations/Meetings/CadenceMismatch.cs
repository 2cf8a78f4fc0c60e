namespace Pkkpm.Conversations.Meetings;

public enum CadenceFault { NoFirstMeeting, OtherWeekday, OtherPasaran }

/// <summary>Why a cadence, its first meeting and the meeting day do not go together (<see cref="MeetingCadence.Check"/>):
/// <paramref name="Weekday"/> and <paramref name="Pasaran"/> are what the meeting day says.</summary>
public sealed record CadenceMismatch(CadenceFault Fault, DateOnly? First, DayOfWeek Weekday, string? Pasaran);
