using System.Text.RegularExpressions;
using Pkkpm.Conversations.Engine;

namespace Pkkpm.Conversations.Meetings;

/// <summary>
/// Reads RAPAT's arguments, <c>&lt;KPB&gt; &lt;hari/tanggal&gt; &lt;jam&gt; [tempat]</c>:
/// "MAWAR Senin 15.00 Balai Desa", "mawar 12/12 jam 3 sore", "Melati besok jam 9 pagi di rumah
/// Bu Sri", "MAWAR jam 3 sore besok", "MAWAR Rebo sonten jam 3", "MAWAR malem Jemuah bakda isya".
/// The group comes first, then the date and the time in either
/// order; everything after them is the place. The first problem found is reported.
/// </summary>
public static partial class MeetingRequestParser
{
    public static MeetingRequestResult Parse(string arguments, DateTimeOffset nowWib)
    {
        var text = arguments ?? "";
        // Whatever offset the caller's clock carries, today and the hour are the ones in WIB.
        var now = nowWib.ToOffset(Wib.Offset).DateTime;
        var today = DateOnly.FromDateTime(now);
        var tokens = MeetingRequestTokens.Split(text);
        // A date or time where the group belongs means the group was left out, not a KPB "Senin".
        if (tokens.Length == 0 || MeetingRequestDates.Read(tokens, 0, today) is not null || MeetingRequestTimes.Read(tokens, 0) is not null)
            return Problem(MeetingRequestProblem.MissingGroup, text.Trim());

        MeetingRequestDateReading? date = null;
        MeetingRequestTimeReading? time = null;
        var (at, timeAt) = (1, 0);
        while (date is null || time is null)
        {
            if (date is null && MeetingRequestDates.Read(tokens, at, today) is { } readDate)
            {
                if (readDate.Date is null)
                    return Problem(MeetingRequestProblem.BadDate, tokens.Quote(text, at, readDate.Length));
                (date, at) = (readDate, at + readDate.Length);
            }
            else if (time is null && MeetingRequestTimes.Read(tokens, at) is { } readTime)
            {
                if (readTime.Time is null)
                    return Problem(MeetingRequestProblem.BadTime, tokens.Quote(text, at, readTime.Length));
                (time, timeAt, at) = (readTime, at, at + readTime.Length);
            }
            else
                break;
        }

        var rest = at < tokens.Length ? text[tokens[at].Start..].Trim() : "";
        if (date?.Date is not { } day)
            return Problem(MeetingRequestProblem.MissingDate, rest);
        if (time?.Time is null)
            return Problem(MeetingRequestProblem.MissingTime, rest);
        // "malem Jemuah jam 7" is 19.00, whichever came first: the evening the date named decides the hour.
        if (date.PartOfDay is { } evening && MeetingRequestTimes.Read(tokens, timeAt, evening) is { } inTheEvening)
            time = inTheEvening;
        if (time.Time is not { } clock)
            return Problem(MeetingRequestProblem.BadTime, tokens.Quote(text, timeAt, time.Length));
        // "Jumat 15.00" sent on a Friday morning is today; "Jumat 09.00" sent at ten is next week.
        // "Kamis Legi 09.00" sent on Kamis Legi at ten is 35 days on.
        if (date.IsTodayByWeekday && clock <= TimeOnly.FromDateTime(now))
            day = day.AddDays(date.Cycle);
        if (day.ToDateTime(clock) < now)
            return Problem(MeetingRequestProblem.InThePast, tokens.Quote(text, 1, at - 1));
        return new(new MeetingRequest(tokens[0].Word.ToUpperInvariant(), day, clock, Place(rest), date.Pasaran), null, "");
    }

    private static MeetingRequestResult Problem(MeetingRequestProblem problem, string fragment) => new(null, problem, fragment);

    /// <summary>"di Balai Desa" (Javanese "ing", "wonten", "nang") is "Balai Desa"; '#' separators and runs of spaces become one space.</summary>
    private static string? Place(string rest)
    {
        var place = LeadingDi().Replace(Spaces().Replace(rest.Replace('#', ' '), " "), "").Trim().TrimEnd('.', ',', ';').TrimEnd();
        return place == "" ? null : place;
    }

    [GeneratedRegex(@"^(?:di|ing|wonten(?:\s+ing)?|nang|neng)(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDi();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
