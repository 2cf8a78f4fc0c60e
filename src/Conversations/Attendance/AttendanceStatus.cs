namespace Pkkpm.Conversations.Attendance;

public enum AttendanceStatus
{
    Hadir,
    Izin,
    Sakit,
    /// <summary>Absent without word.</summary>
    Alpa,
}
