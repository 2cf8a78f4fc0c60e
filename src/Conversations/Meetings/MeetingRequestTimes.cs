using System.Text.RegularExpressions;

namespace Pkkpm.Conversations.Meetings;

/// <summary>A time phrase: how many words it took and the time, or a null time when it names
/// none (25.00, "jam 12 pagi", "jam tiga").</summary>
internal sealed record MeetingRequestTimeReading(int Length, TimeOnly? Time);

/// <summary>Reads "15.00", "15:00", "15", "jam 15", "pukul 9 pagi", "9.30 pagi", "jam 3 sore",
/// "besok pagi jam 9" (the part of day before the hour), with an optional "WIB" after.
/// Null when the words are no time.</summary>
internal static partial class MeetingRequestTimes
{
    private static readonly HashSet<string> PartsOfDay = ["pagi", "siang", "sore", "malam"];

    public static MeetingRequestTimeReading? Read(IReadOnlyList<MeetingRequestToken> tokens, int at)
    {
        var length = 0;
        string? before = null;
        var next = tokens.WordAt(at + 1);
        if (PartsOfDay.Contains(tokens.WordAt(at)) && (IsKeyword(next) || Hour().IsMatch(next)))
            (before, length) = (tokens.WordAt(at), 1);
        var keyword = IsKeyword(tokens.WordAt(at + length));
        if (keyword)
            length++;
        var hour = Hour().Match(tokens.WordAt(at + length));
        if (!hour.Success)
            return keyword ? new(at + length < tokens.Count ? length + 1 : length, null) : null;
        length++;
        var after = PartsOfDay.Contains(tokens.WordAt(at + length)) ? tokens.WordAt(at + length) : null;
        if (after is not null)
            length++;
        if (tokens.WordAt(at + length) is "wib")
            length++;
        if (before is not null && after is not null && before != after)
            return new(length, null);
        return new(length, ToTime(hour.Groups["h"].Value, hour.Groups["m"].Value, after ?? before));
    }

    private static bool IsKeyword(string word) => word is "jam" or "pukul" or "pkl";

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
