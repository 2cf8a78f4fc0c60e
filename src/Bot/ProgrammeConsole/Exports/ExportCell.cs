namespace Pkkpm.Bot.ProgrammeConsole.Exports;

/// <summary>
/// One value of an exported table, with its type, so a spreadsheet gets numbers it can add up and
/// dates it can sort, not text that looks like them.
/// </summary>
public sealed record ExportCell
{
    public enum Type { Text, Count, Money, Date, Percent }

    private ExportCell(Type kind, string? text, long? number, DateOnly? date, double? fraction)
    {
        Kind = kind;
        TextValue = text;
        Number = number;
        DateValue = date;
        Fraction = fraction;
    }

    public Type Kind { get; }
    public string? TextValue { get; }
    public long? Number { get; }
    public DateOnly? DateValue { get; }

    /// <summary>A percentage as a fraction (0.75 is 75%).</summary>
    public double? Fraction { get; }

    public bool IsEmpty => TextValue is null && Number is null && DateValue is null && Fraction is null;

    public static ExportCell Text(string? text) => new(Type.Text, text, null, null, null);
    public static ExportCell Count(long? count) => new(Type.Count, null, count, null, null);
    public static ExportCell Money(long? rupiah) => new(Type.Money, null, rupiah, null, null);
    public static ExportCell Date(DateOnly? date) => new(Type.Date, null, null, date, null);
    public static ExportCell Percent(double? fraction) => new(Type.Percent, null, null, null, fraction);
}
