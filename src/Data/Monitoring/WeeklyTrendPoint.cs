namespace Pkkpm.Data.Monitoring;

/// <summary>One week (Senin-Minggu) of the 26-week trend.</summary>
public sealed record WeeklyTrendPoint(DateOnly WeekStart, long Deposits, long Repayments, AttendanceCounts Attendance)
{
    public const string Definition =
        "Tren 26 minggu: setoran dan angsuran per minggu (tanpa entri yang dikoreksi) dan bagian HADIR pada pertemuan terlaksana.";
}
