using System.Text.RegularExpressions;

namespace Pkkpm.Conversations.Meetings;

/// <summary>A time phrase: how many words it took and the time, or a null time when it names
/// none (25.00, "jam 12 pagi", "jam tiga").</summary>
internal sealed record MeetingRequestTimeReading(int Length, TimeOnly? Time);

/// <summary>Reads "15.00", "15:00", "15", "jam 15", "pukul 9 pagi", "9.30 pagi", "jam 3 sore",
/// "besok pagi jam 9" (the part of day before the hour), the Javanese "jam 3 sonten", "enjing jam 9",
/// "jam 7 dalu", and a prayer time in place of the hour ("bakda ashar"), with an optional "WIB"
/// after. Null when the words are no time.</summary>
internal static partial class MeetingRequestTimes
{
    /// <param name="impliedPart">The part of day the date already said ("malam Jumat" is an
    /// evening): a bare hour is read in it, and a different part said with the hour is a slip.</param>
    public static MeetingRequestTimeReading? Read(IReadOnlyList<MeetingRequestToken> tokens, int at, string? impliedPart = null)
    {
        var before = MeetingRequestPartsOfDay.Read(tokens, at);
        var length = before?.Length ?? 0;
        var keyword = IsKeyword(tokens.WordAt(at + length));
        var hour = Hour().Match(tokens.WordAt(at + length + (keyword ? 1 : 0)));
        if (before is not null && !keyword && !hour.Success)
        {
            // A prayer time alone is the hour ("bakda isya"); "sore" alone is no time.
            if (before.Clock is not { } prayerTime)
                return null;
            length += tokens.WordAt(at + length) is "wib" ? 1 : 0;
            return new(length, Agrees(before.Part, impliedPart) ? prayerTime : null);
        }
        if (keyword)
            length++;
        if (!hour.Success)
            return keyword ? new(at + length < tokens.Count ? length + 1 : length, null) : null;
        length++;
        // "jam 7 malam Jumat": the evening belongs to the day it names, not to the hour.
        var after = MeetingRequestDates.StartsAnEve(tokens, at + length) ? null : MeetingRequestPartsOfDay.Read(tokens, at + length);
        length += after?.Length ?? 0;
        if (tokens.WordAt(at + length) is "wib")
            length++;
        var part = after?.Part ?? before?.Part;
        if (!Agrees(before?.Part, after?.Part) || !Agrees(part, impliedPart))
            return new(length, null);
        return new(length, ToTime(hour.Groups["h"].Value, hour.Groups["m"].Value, part ?? impliedPart));
    }

    private static bool IsKeyword(string word) => word is "jam" or "pukul" or "pkl";

    private static bool Agrees(string? part, string? other) => part is null || other is null || part == other;

    private static TimeOnly? ToTime(string hourText, string minuteText, string? partOfDay)
    {
        var hour = int.Parse(hourText);
        // Two minute digits only: "15.5" may mean 15:05 or 15:50.
        if (minuteText != "" && (minuteText.Length != 2 || int.Parse(minuteText) > 59))
            return null;
        var minute = minuteText == "" ? 0 : int.Parse(minuteText);
        int? clock = partOfDay switch
        {
            // 12 pagi would be midnight: nobody meets then, so it is a slip.
            "pagi" => hour is >= 1 and <= 11 ? hour : null,
            "siang" => hour switch { >= 11 and <= 14 => hour, 1 or 2 => hour + 12, _ => null },
            "sore" => hour switch { >= 15 and <= 18 => hour, >= 3 and <= 6 => hour + 12, _ => null },
            "malam" => hour switch { >= 18 and <= 23 => hour, >= 6 and <= 11 => hour + 12, _ => null },
            // Groups meet by day: a bare 1 to 6 is the afternoon ("jam 3" is 15:00). A leading
            // zero ("03.00") is the 24-hour clock and is taken as written.
            _ => hour is >= 1 and <= 6 && hourText[0] != '0' ? hour + 12 : hour <= 23 ? hour : null,
        };
        return clock is { } h ? new TimeOnly(h, minute) : null;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[.:,](?<m>\d+))?$")]
    private static partial Regex Hour();
}
