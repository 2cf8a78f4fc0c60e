using ClosedXML.Excel;

namespace Pkkpm.Bot.ProgrammeConsole.Exports;

/// <summary>
/// A table as an Excel workbook: one sheet, a bold frozen header row, money as numbers shown as
/// Rp50.000, dates as dates, percentages as percentages; text is always text, never a formula.
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Indonesian writes thousands with a dot; a workbook stores the number and its reader's locale
    // decides the separator, so the format names the currency and the grouping, not the dot.
    public const string MoneyFormat = "\"Rp\"#,##0";
    public const string DateFormat = "yyyy-mm-dd";
    public const string PercentFormat = "0.0%";

    public static void Write(ExportTable table, Stream stream)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(table.Title));
        for (var c = 0; c < table.Headers.Count; c++)
            sheet.Cell(1, c + 1).SetValue(table.Headers[c]);
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);

        for (var r = 0; r < table.Rows.Count; r++)
            for (var c = 0; c < table.Rows[r].Count; c++)
                Set(sheet.Cell(r + 2, c + 1), table.Rows[r][c]);

        // Fixed widths: measuring text would need the machine's fonts (System.Drawing), absent on servers.
        for (var c = 1; c <= table.Headers.Count; c++) sheet.Column(c).Width = 18;
        workbook.SaveAs(stream);
    }

    private static void Set(IXLCell cell, ExportCell value)
    {
        if (value.IsEmpty) return;
        switch (value.Kind)
        {
            case ExportCell.Type.Text:
                // SetValue keeps "=cmd" as the text it is; the Value setter would make it a formula.
                cell.SetValue(value.TextValue!);
                cell.DataType = XLDataType.Text;
                break;
            case ExportCell.Type.Count:
                cell.SetValue(value.Number!.Value);
                break;
            case ExportCell.Type.Money:
                cell.SetValue(value.Number!.Value);
                cell.Style.NumberFormat.Format = MoneyFormat;
                break;
            case ExportCell.Type.Date:
                cell.SetValue(value.DateValue!.Value.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = DateFormat;
                break;
            case ExportCell.Type.Percent:
                cell.SetValue(value.Fraction!.Value);
                cell.Style.NumberFormat.Format = PercentFormat;
                break;
        }
    }

    // Excel's rules for a sheet name: at most 31 characters, none of []:*?/\.
    private static string SheetName(string title)
    {
        var name = new string(title.Select(c => "[]:*?/\\".Contains(c) ? ' ' : c).ToArray()).Trim();
        return name.Length == 0 ? "Data" : name[..Math.Min(31, name.Length)];
    }
}
