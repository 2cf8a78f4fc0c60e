using System.Globalization;
using CsvHelper;
using Pkkpm.Bot.ProgrammeConsole.Exports;
using static Pkkpm.Bot.ProgrammeConsole.Exports.ExportCell;

namespace Pkkpm.Bot.Tests.Exports;

/// <summary>A CSV export reads back as written: quoting holds, numbers stay numbers, formulas stay text.</summary>
public class CsvExportTests
{
    internal static readonly ExportTable Table = new("Tunggakan KPB Mawar",
        ["Nama", "Tunggakan", "Tanggal", "Hadir"],
        [
            [Text("Painem, \"Bu Nem\"\nRT 03"), Money(275_000), Date(new DateOnly(2026, 11, 29)), Percent(0.75)],
            [Text("=cmd|' /C calc'!A0"), Money(-15_000), Date(null), Percent(null)],
            [Text("+6281234"), Count(3), Text("@SUM(A1)"), Text("-2")],
        ]);

    [Fact]
    public async Task Writes_a_table_that_reads_back_with_its_values()
    {
        var rows = await WriteAndReadAsync(Table);

        Assert.Equal(["Nama", "Tunggakan", "Tanggal", "Hadir"], rows[0]);
        Assert.Equal(["Painem, \"Bu Nem\"\nRT 03", "275000", "2026-11-29", "75.0"], rows[1]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public async Task Text_a_spreadsheet_would_run_as_a_formula_is_kept_as_text()
    {
        var rows = await WriteAndReadAsync(Table);

        Assert.Equal(["'=cmd|' /C calc'!A0", "-15000", "", ""], rows[2]);
        Assert.Equal(["'+6281234", "3", "'@SUM(A1)", "'-2"], rows[3]);
    }

    [Fact]
    public async Task Starts_with_a_byte_order_mark_so_excel_reads_utf8()
    {
        using var stream = new MemoryStream();
        await CsvExport.WriteAsync(new ExportTable("x", ["Nama"], [[Text("Sri Rahayu")]]), stream);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, stream.ToArray()[..3]);
    }

    private static async Task<List<string[]>> WriteAndReadAsync(ExportTable table)
    {
        using var stream = new MemoryStream();
        await CsvExport.WriteAsync(table, stream);
        stream.Position = 0;
        using var reader = new CsvReader(new StreamReader(stream), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (await reader.ReadAsync()) rows.Add(reader.Parser.Record!);
        return rows;
    }
}
