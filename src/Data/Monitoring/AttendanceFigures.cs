namespace Pkkpm.Data.Monitoring;

/// <summary>HADIR, IZIN, SAKIT and ALPA at meetings held, in the period and over each group's last 4.</summary>
public sealed record AttendanceFigures(AttendanceCounts Period, AttendanceCounts LastFourMeetings)
{
    public const string PeriodDefinition =
        "Kehadiran: bagian anggota tercatat HADIR, IZIN, SAKIT dan ALPA pada pertemuan terlaksana dalam periode.";

    public const string LastFourDefinition =
        "Kehadiran 4 pertemuan terakhir: sama, dihitung atas 4 pertemuan terlaksana terakhir tiap kelompok " +
        "sampai akhir periode (paling jauh 150 hari ke belakang).";
}
