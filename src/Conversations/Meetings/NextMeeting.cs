using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Engine;

namespace Pkkpm.Conversations.Meetings;

/// <summary>
/// The group's next meeting: a meeting scheduled with RAPAT if one comes first, else the group's
/// routine day. HADIR, IZIN, SAKIT and JADWAL all mean this one.
/// </summary>
internal sealed record NextMeeting(DateOnly Date, TimeOnly Time, string Place)
{
    private static readonly string[] DayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    public string Day => DayNames[(int)Date.DayOfWeek];

    /// <summary>"Senin 30/11 jam 15:00 di Balai Desa".</summary>
    public string Describe() => $"{Day} {Date:dd/MM} jam {Time:HH\\:mm} di {Place}";

    public static string DayName(DateOnly date) => DayNames[(int)date.DayOfWeek];

    public static async Task<NextMeeting> FindAsync(Turn turn, long groupId)
    {
        var schedule = await turn.Data.GetMeetingScheduleAsync(groupId, turn.CancellationToken);
        var routine = new NextMeeting(MeetingDates.Next(schedule, turn.Now), schedule.Time, schedule.Place);
        var startOfToday = new DateTimeOffset(turn.Today.ToDateTime(TimeOnly.MinValue), Wib.Offset);
        var scheduled = await turn.Data.GetNextScheduledMeetingAsync(groupId, startOfToday, turn.CancellationToken);
        if (scheduled is null || scheduled.MeetingOn > routine.Date) return routine;
        var at = scheduled.StartsAt.ToOffset(Wib.Offset);
        return new NextMeeting(scheduled.MeetingOn, TimeOnly.FromDateTime(at.DateTime), scheduled.Place);
    }
}
