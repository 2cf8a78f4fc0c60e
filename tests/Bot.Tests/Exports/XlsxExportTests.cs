using ClosedXML.Excel;
using Pkkpm.Bot.ProgrammeConsole.Exports;

namespace Pkkpm.Bot.Tests.Exports;

/// <summary>An .xlsx export opens in ClosedXML with numbers, Rp formats, dates and text where they belong.</summary>
public class XlsxExportTests
{
    [Fact]
    public void Money_is_a_number_shown_as_rupiah_and_dates_are_dates()
    {
        using var workbook = WriteAndOpen(CsvExportTests.Table);
        var sheet = workbook.Worksheet(1);

        Assert.Equal("Tunggakan KPB Mawar", sheet.Name);
        Assert.Equal("Nama", sheet.Cell(1, 1).GetString());
        Assert.Equal("Painem, \"Bu Nem\"\nRT 03", sheet.Cell(2, 1).GetString());
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 2).DataType);
        Assert.Equal(275_000, sheet.Cell(2, 2).GetDouble());
        Assert.Equal(XlsxExport.MoneyFormat, sheet.Cell(2, 2).Style.NumberFormat.Format);
        Assert.Equal(-15_000, sheet.Cell(3, 2).GetDouble());
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, 3).DataType);
        Assert.Equal(new DateTime(2026, 11, 29), sheet.Cell(2, 3).GetDateTime());
        Assert.Equal(0.75, sheet.Cell(2, 4).GetDouble());
        Assert.Equal(XlsxExport.PercentFormat, sheet.Cell(2, 4).Style.NumberFormat.Format);
        Assert.True(sheet.Cell(3, 3).IsEmpty());
    }

    [Fact]
    public void Text_that_looks_like_a_formula_stays_text()
    {
        using var workbook = WriteAndOpen(CsvExportTests.Table);
        var sheet = workbook.Worksheet(1);

        Assert.False(sheet.Cell(3, 1).HasFormula);
        Assert.Equal(XLDataType.Text, sheet.Cell(3, 1).DataType);
        Assert.Equal("=cmd|' /C calc'!A0", sheet.Cell(3, 1).GetString());
        Assert.Equal(XLDataType.Text, sheet.Cell(4, 4).DataType);
        Assert.Equal("-2", sheet.Cell(4, 4).GetString());
        Assert.Equal("+6281234", sheet.Cell(4, 1).GetString());
    }

    private static XLWorkbook WriteAndOpen(ExportTable table)
    {
        var stream = new MemoryStream();
        XlsxExport.Write(table, stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }
}
