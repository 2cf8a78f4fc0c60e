using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.ProgrammeConsole.Groups;

/// <summary>
/// The SMS every member gets when the console changes the group's routine meetings: the cadence in
/// the words the form's summary uses, the hour, the place and the first meeting on the new schedule,
/// signed by the person members can ask. One segment always: a long place takes the short form, and
/// a place too long even for that is left to JADWAL, which names it.
/// </summary>
public static class ScheduleNotice
{
    public static string Text(string groupName, MeetingSchedule schedule, DateOnly next, Sender by)
    {
        var start = $"mulai {MeetingDates.IndonesianName(next.DayOfWeek)} {next:dd/MM}";
        var at = $"jam {schedule.Time.Hour:00}.{schedule.Time.Minute:00}"; // "14.00", as JADWAL writes the hour
        var signer = by.Role == Role.Admin ? "petugas program" : $"{by.Role.ToCode()} {by.Addressed}";
        string[] forms =
        [
            $"Jadwal pertemuan {groupName} berubah: {Every(schedule)}, {at} di {schedule.Place}, {start}. Info: {signer}.",
            $"Jadwal {groupName} berubah: {Short(schedule)}, {at} di {schedule.Place}, {start}. -{by.FirstName}",
            $"Jadwal {groupName} berubah: {Short(schedule)}, {at}, {start}. Tempat: balas JADWAL. -{by.FirstName}",
        ];
        var folded = forms.Select(Gsm7Text.Fold).ToList();
        return folded.FirstOrDefault(SmsLength.FitsOneSegment) ?? folded[^1];
    }

    // As ScheduleRules.Describe says them: "dwimingguan (tiap 14 hari)", "selapanan (tiap 35 hari, Kamis Legi)".
    private static string Every(MeetingSchedule schedule) => (schedule.Cadence, schedule.FirstMeeting) switch
    {
        (MeetingCadence.Dwimingguan, { } first) => $"dwimingguan (tiap 14 hari), {DayOf(first)}",
        (MeetingCadence.Bulanan, { } first) => $"bulanan (tiap tanggal {first.Day})",
        (MeetingCadence.Selapanan, { } first) => $"selapanan (tiap 35 hari, {DayOf(first)} {Pasaran.Of(first)})",
        _ => $"{MeetingCadence.Mingguan}, tiap {schedule.Day}",
    };

    private static string Short(MeetingSchedule schedule) => (schedule.Cadence, schedule.FirstMeeting) switch
    {
        (MeetingCadence.Dwimingguan, { } first) => $"tiap 14 hari, {DayOf(first)}",
        (MeetingCadence.Bulanan, { } first) => $"tiap tanggal {first.Day}",
        (MeetingCadence.Selapanan, { } first) => $"selapanan {DayOf(first)} {Pasaran.Of(first)}",
        _ => $"tiap {schedule.Day}",
    };

    private static string DayOf(DateOnly date) => MeetingDates.IndonesianName(date.DayOfWeek);
}
