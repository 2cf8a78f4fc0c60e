using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Pkkpm.Bot.ProgrammeConsole.Exports;

/// <summary>
/// A table as CSV: UTF-8 with a byte-order mark (so Excel reads Indonesian names right), a header
/// row, money as whole rupiah, dates as yyyy-MM-dd, percentages as numbers with a dot (75.0).
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    // A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): a name
    // typed by a member, "=HYPERLINK(...)", must stay a name. A leading apostrophe keeps it text.
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static async Task WriteAsync(ExportTable table, Stream stream, CancellationToken cancellationToken = default)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        // Injection is handled per cell below: CsvHelper's own would also mark negative amounts.
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.None });
        foreach (var header in table.Headers) csv.WriteField(header);
        await csv.NextRecordAsync();
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var cell in row) csv.WriteField(Format(cell));
            await csv.NextRecordAsync();
        }
        await csv.FlushAsync();
    }

    internal static string Format(ExportCell cell) => cell.Kind switch
    {
        _ when cell.IsEmpty => "",
        ExportCell.Type.Text => Neutralised(cell.TextValue!),
        ExportCell.Type.Count or ExportCell.Type.Money => cell.Number!.Value.ToString(CultureInfo.InvariantCulture),
        ExportCell.Type.Date => cell.DateValue!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ExportCell.Type.Percent => Math.Round(cell.Fraction!.Value * 100, 1).ToString("0.0", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.Kind, null),
    };

    private static string Neutralised(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
}
