namespace Pkkpm.Data.Monitoring;

/// <summary>Meetings held against meetings due in the period.</summary>
public sealed record MeetingFigures(long Groups, long Held, long Due)
{
    public const string HeldDefinition =
        "Pertemuan terlaksana: pertemuan kelompok dalam periode yang daftar hadirnya dicatat bendahara (ABSEN).";

    public const string DueDefinition =
        "Pertemuan seharusnya: hari pertemuan rutin tiap kelompok dalam periode (mingguan tiap minggu; " +
        "dwimingguan, bulanan, selapanan diperkirakan dari hari pertemuannya, karena tanggal awalnya belum dicatat).";

    public Ratio HeldOfDue => new(Held, Due);
}
