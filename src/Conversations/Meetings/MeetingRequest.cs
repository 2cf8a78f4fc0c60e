namespace Pkkpm.Conversations.Meetings;

/// <summary>A meeting the facilitator called with RAPAT: which group (a KPB code or SEMUA,
/// upper-cased, not yet checked to exist), when in WIB, and where (null if not said). <see cref="Pasaran"/>:
/// the market day named with the weekday ("Kamis Legi"), said back in the summary and the notice.</summary>
public sealed record MeetingRequest(string GroupCode, DateOnly Date, TimeOnly Time, string? Place, string? Pasaran = null);

/// <summary>
/// Either a <see cref="Request"/> or a <see cref="Problem"/>. <see cref="Fragment"/> is the text to
/// quote back, exactly as typed: for Bad* the words that failed ("31/11", "jam 12 pagi"), for
/// InThePast the date and time words, for Missing* whatever was left where the missing part
/// belonged (often ""). Empty when there is a request.
/// </summary>
public sealed record MeetingRequestResult(MeetingRequest? Request, MeetingRequestProblem? Problem, string Fragment);

public enum MeetingRequestProblem
{
    MissingGroup,
    MissingDate,
    BadDate,
    MissingTime,
    BadTime,
    InThePast,
}
