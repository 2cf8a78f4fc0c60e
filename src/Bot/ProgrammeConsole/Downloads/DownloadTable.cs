using Pkkpm.Bot.ProgrammeConsole.Dashboard;

namespace Pkkpm.Bot.ProgrammeConsole.Downloads;

/// <summary>A table the console offers as CSV and .xlsx: its address name, its label, and for which areas it makes sense.</summary>
public sealed record DownloadTable(string Name, string Label, Func<ConsoleArea, bool> Fits)
{
    public static readonly DownloadTable Arrears = new("tunggakan", "Anggota menunggak", a => a.Member is null);
    public static readonly DownloadTable Members = new("anggota", "Daftar anggota", a => a.Group is not null);
    public static readonly DownloadTable Ledger = new("rekening", "Buku: entri dengan kode, pencatat dan sumber", _ => true);
    public static readonly DownloadTable Groups = new("kelompok", "Angka per KPB", a => a.Member is null);
    public static readonly DownloadTable Trend = new("tren", "Tren 26 minggu", a => a.Member is null);

    public static readonly IReadOnlyList<DownloadTable> All = [Arrears, Members, Ledger, Groups, Trend];

    public static IReadOnlyList<DownloadTable> For(ConsoleArea area) => All.Where(t => t.Fits(area)).ToList();

    public static DownloadTable? Named(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>The address of this table for an area and a period, as .csv or .xlsx.</summary>
    public string Link(ConsoleArea area, ConsolePeriod period, string format) =>
        $"/console/ekspor/{Name}.{format}?{(area.Query.Length == 0 ? "" : area.Query + "&")}{period.Query}";
}
