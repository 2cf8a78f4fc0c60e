using System.Globalization;
using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.ProgrammeConsole.Groups;

/// <summary>
/// A meeting schedule as the console's form types it, read by the rules groups.csv is imported by
/// (<see cref="MeetingCadence.Read"/>, <see cref="MeetingCadence.Check"/>, <see cref="MeetingDates.TryReadDay"/>),
/// each refusal in Indonesian. The form names only the weekday: a selapanan group's pasaran is the
/// one its first meeting falls on, so it cannot disagree.
/// </summary>
public static class ScheduleRules
{
    // JADWAL's reply quotes the place and must stay one SMS.
    public const int LongestPlace = 40;

    public static Checked<MeetingSchedule> Read(string cadence, string day, string time, string place, string? first)
    {
        if (MeetingCadence.Read(cadence) is not { } readCadence || string.IsNullOrWhiteSpace(cadence))
            return Checked<MeetingSchedule>.Refused($"Pilih kekerapan pertemuan: {string.Join(", ", MeetingCadence.All)}.");
        if (!MeetingDates.TryReadDay(day, out var weekday))
            return Checked<MeetingSchedule>.Refused("Pilih hari pertemuan: Senin sampai Minggu.");
        if (!TimeOnly.TryParseExact(time.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            return Checked<MeetingSchedule>.Refused("Jam pertemuan ditulis jam:menit, misalnya 15:00.");
        var folded = TypographicPunctuation.Fold(place.Trim());
        if (folded.EnumerateRunes().Select(r => r.ToString()).FirstOrDefault(r => !SmsLength.IsGsm7(r)) is { } odd)
            return Checked<MeetingSchedule>.Refused($"Tempat memuat \"{odd}\", yang tidak tampil di HP biasa. Tulis dengan huruf biasa.");
        if (folded.Length > LongestPlace)
            return Checked<MeetingSchedule>.Refused($"Tempat paling panjang {LongestPlace} huruf, supaya jawaban JADWAL muat satu SMS.");
        DateOnly? firstMeeting = null;
        if (!string.IsNullOrWhiteSpace(first))
        {
            if (!DateOnly.TryParseExact(first.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return Checked<MeetingSchedule>.Refused("Tanggal pertemuan pertama tidak terbaca. Pilih tanggal di kalender (tahun-bulan-tanggal).");
            firstMeeting = date;
        }
        var dayName = MeetingDates.IndonesianName(weekday);
        if (MeetingCadence.Check(readCadence, firstMeeting, dayName) is { } mismatch)
            return Checked<MeetingSchedule>.Refused(Refusal(readCadence, mismatch));
        return Checked<MeetingSchedule>.Ready(new MeetingSchedule(dayName, at, folded, readCadence, firstMeeting));
    }

    private static string Refusal(string cadence, CadenceMismatch mismatch) => mismatch switch
    {
        { Fault: CadenceFault.NoFirstMeeting } => $"Kelompok {cadence} menghitung pertemuannya dari pertemuan pertama: isi tanggalnya.",
        { First: { } first, Fault: CadenceFault.OtherWeekday } =>
            $"Pertemuan pertama {first:dd/MM/yyyy} jatuh hari {DayOf(first)}, bukan {MeetingDates.IndonesianName(mismatch.Weekday)}. Samakan hari dan tanggalnya.",
        { First: { } first } => $"Pertemuan pertama {first:dd/MM/yyyy} jatuh {DayOf(first)} {Pasaran.Of(first)}, bukan {MeetingDates.IndonesianName(mismatch.Weekday)} {mismatch.Pasaran}.",
        _ => throw new ArgumentOutOfRangeException(nameof(mismatch)),
    };

    /// <summary>The schedule in words, as the form's summary and the KPB page say it:
    /// "dwimingguan (tiap 14 hari) mulai Senin 30/11/2026, jam 15.00 di Rumah Bu Sri".</summary>
    public static string Describe(MeetingSchedule schedule)
    {
        var at = $"jam {NextMeetingClock(schedule.Time)} di {schedule.Place}";
        if (schedule.FirstMeeting is not { } first || schedule.Cadence == MeetingCadence.Mingguan)
            return $"{MeetingCadence.Mingguan}, tiap {schedule.Day}, {at}";
        return schedule.Cadence switch
        {
            MeetingCadence.Dwimingguan => $"dwimingguan (tiap 14 hari) mulai {DayOf(first)} {first:dd/MM/yyyy}, {at}",
            MeetingCadence.Bulanan => $"bulanan (tiap tanggal {first.Day}) mulai {first:dd/MM/yyyy}, {at}",
            _ => $"selapanan (tiap 35 hari, {DayOf(first)} {Pasaran.Of(first)}) mulai {first:dd/MM/yyyy}, {at}",
        };
    }

    private static string DayOf(DateOnly date) => MeetingDates.IndonesianName(date.DayOfWeek);

    // "15.00", as JADWAL and invitations write the hour.
    private static string NextMeetingClock(TimeOnly time) => $"{time.Hour:00}.{time.Minute:00}";
}
