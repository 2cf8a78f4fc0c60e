using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Attendance;

/// <summary>Which date a group meets next, and where a week starts, in WIB.</summary>
public static class MeetingDates
{
    // Indonesian first, then the Javanese names (ngoko and krama share them) and the spellings
    // people use for Friday; "Jum'at" loses its apostrophe before it is looked up.
    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["senin"] = DayOfWeek.Monday, ["senen"] = DayOfWeek.Monday,
        ["selasa"] = DayOfWeek.Tuesday, ["slasa"] = DayOfWeek.Tuesday,
        ["rabu"] = DayOfWeek.Wednesday, ["rebo"] = DayOfWeek.Wednesday,
        ["kamis"] = DayOfWeek.Thursday, ["kemis"] = DayOfWeek.Thursday,
        ["jumat"] = DayOfWeek.Friday, ["jemuah"] = DayOfWeek.Friday, ["jemuwah"] = DayOfWeek.Friday,
        ["jumuah"] = DayOfWeek.Friday, ["jumuwah"] = DayOfWeek.Friday, ["jumah"] = DayOfWeek.Friday,
        ["sabtu"] = DayOfWeek.Saturday, ["setu"] = DayOfWeek.Saturday,
        ["minggu"] = DayOfWeek.Sunday,
        ["ahad"] = DayOfWeek.Sunday, // how many Muslim groups name Sunday
    };

    private static readonly string[] IndonesianNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    /// <summary>Today if the group meets today, even after the meeting hour (members answer HADIR
    /// all day), else the next meeting day. A day that is no day name (check groups.csv with
    /// <see cref="TryReadDay"/> on import) gives today: a HADIR is then kept on the day it was
    /// sent rather than lost to an error.</summary>
    /// <remarks>A fortnightly (dwimingguan), monthly (bulanan) or 35-day (selapanan) group counts
    /// from its first meeting (<see cref="MeetingCadence"/>); one without a first meeting on record
    /// is treated as weekly: its next possible meeting day, not the certain one.</remarks>
    public static DateOnly Next(MeetingSchedule schedule, DateTimeOffset nowWib)
    {
        // Whatever offset the caller's clock carries, the date that counts is the one in WIB.
        var today = DateOnly.FromDateTime(nowWib.ToOffset(Wib.Offset).DateTime);
        if (schedule.FirstMeeting is { } first && MeetingCadence.Read(schedule.Cadence) is { } cadence && cadence != MeetingCadence.Mingguan)
            return MeetingCadence.OnOrAfter(cadence, first, today);
        if (!TryReadDay(schedule.Day, out var day))
            return today;
        var daysAhead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(daysAhead);
    }

    /// <summary>The Monday of <paramref name="today"/>'s week: Indonesian calendars start on Senin.</summary>
    public static DateOnly WeekStart(DateOnly today) => today.AddDays(-(((int)today.DayOfWeek + 6) % 7));

    /// <summary>The day as replies write it, whichever way it was typed: Rabu for "Rebo".</summary>
    public static string IndonesianName(DayOfWeek day) => IndonesianNames[(int)day];

    /// <summary>"Senin", "KAMIS", "Jum'at", the Javanese "Rebo", "Jemuah", "Setu", and "Kamis Legi"
    /// (the Javanese market day of a 35-day schedule follows the weekday; only the weekday is read).</summary>
    public static bool TryReadDay(string? text, out DayOfWeek day)
    {
        day = default;
        var first = text?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is null)
            return false;
        var name = TypographicPunctuation.Fold(first).Replace("'", "").Replace("`", "").TrimEnd(',', '.');
        return Days.TryGetValue(name, out day);
    }
}
