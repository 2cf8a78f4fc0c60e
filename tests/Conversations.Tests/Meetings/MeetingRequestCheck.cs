using System.Globalization;
using Pkkpm.Conversations.Meetings;

namespace Pkkpm.Conversations.Tests.Meetings;

/// <summary>Every meeting test runs on Friday 27 November 2026 at 10:00 WIB unless it says otherwise.</summary>
internal static class MeetingRequestCheck
{
    public static readonly DateTimeOffset FridayTenWib = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(7));

    public static void Reads(string arguments, string group, string date, string time, string? place, DateTimeOffset? now = null)
    {
        var result = MeetingRequestParser.Parse(arguments, now ?? FridayTenWib);
        Assert.Null(result.Problem);
        Assert.Equal("", result.Fragment);
        var expected = new MeetingRequest(group, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture), place);
        // The pasaran said with the day has tests of its own (MeetingRequestPasaranTests).
        Assert.Equal(expected, result.Request! with { Pasaran = null });
    }

    /// <summary>Only the date, for tests about date words (the rest is 15:00, no place).</summary>
    public static void ReadsDate(string arguments, string date) => Reads(arguments, "MAWAR", date, "15:00", null);

    /// <summary>Only the time, for tests about time words (the date is tomorrow, no place).</summary>
    public static void ReadsTime(string arguments, string time) => Reads(arguments, "MAWAR", "2026-11-28", time, null);
}
