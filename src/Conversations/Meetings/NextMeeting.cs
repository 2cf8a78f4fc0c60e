using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Engine;

namespace Pkkpm.Conversations.Meetings;

/// <summary>
/// The group's next meeting: a meeting scheduled with RAPAT if one comes first, else the group's
/// routine day. HADIR, IZIN, SAKIT and JADWAL all mean this one. <see cref="Pasaran"/>: the market
/// day, when the meeting was called by it ("Kamis Legi").
/// </summary>
internal sealed record NextMeeting(DateOnly Date, TimeOnly Time, string Place, string? Pasaran = null)
{
    public string Day => Pasaran is null ? MeetingDates.IndonesianName(Date.DayOfWeek) : $"{MeetingDates.IndonesianName(Date.DayOfWeek)} {Pasaran}";

    /// <summary>"Senin 30/11 jam 15.00 di Balai Desa", "Kamis Legi 10/12 jam 14.00 di balai desa".</summary>
    public string Describe() => $"{Day} {Date:dd/MM} jam {Clock(Time)} di {Place}";

    public static string DayName(DateOnly date) => MeetingDates.IndonesianName(date.DayOfWeek);

    /// <summary>"15.00": Indonesian writes the hour and minutes with a dot, as people type them
    /// and read them on invitations (15:00 looks foreign).</summary>
    public static string Clock(TimeOnly time) => $"{time.Hour:00}.{time.Minute:00}";

    public static async Task<NextMeeting> FindAsync(Turn turn, long groupId)
    {
        var schedule = await turn.Data.GetMeetingScheduleAsync(groupId, turn.CancellationToken);
        var routine = new NextMeeting(MeetingDates.Next(schedule, turn.Now), schedule.Time, schedule.Place);
        var startOfToday = new DateTimeOffset(turn.Today.ToDateTime(TimeOnly.MinValue), Wib.Offset);
        var scheduled = await turn.Data.GetNextScheduledMeetingAsync(groupId, startOfToday, turn.CancellationToken);
        return scheduled is null || scheduled.MeetingOn > routine.Date ? routine : Of(scheduled);
    }

    public static NextMeeting Of(ScheduledMeeting scheduled) =>
        new(scheduled.MeetingOn, TimeOnly.FromDateTime(scheduled.StartsAt.ToOffset(Wib.Offset).DateTime), scheduled.Place, scheduled.Pasaran);
}
