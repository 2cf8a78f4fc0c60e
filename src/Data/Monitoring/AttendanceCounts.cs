namespace Pkkpm.Data.Monitoring;

/// <summary>Attendance rows by status; each rate is its share of all rows.</summary>
public sealed record AttendanceCounts(long Hadir, long Izin, long Sakit, long Alpa)
{
    public long Total => Hadir + Izin + Sakit + Alpa;
    public Ratio HadirRate => new(Hadir, Total);
    public Ratio IzinRate => new(Izin, Total);
    public Ratio SakitRate => new(Sakit, Total);
    public Ratio AlpaRate => new(Alpa, Total);
}
