using System.Globalization;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Money;
using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>How the console writes numbers: Rp50.000 as in the SMS, 75%, 3 dari 4, dates as 27/11/2026.</summary>
public static class Show
{
    private static readonly NumberFormatInfo Dots = new() { NumberGroupSeparator = ".", NumberGroupSizes = [3], NumberDecimalSeparator = "," };

    public static string Rp(long rupiah) => Rupiah.Format(rupiah);

    public static string Rp(long? rupiah) => rupiah is { } value ? Rupiah.Format(value) : "-";

    public static string Count(long count) => count.ToString("#,0", Dots);

    /// <summary>"-" when there is nothing to divide by: no meetings is not 0% attendance.</summary>
    public static string Percent(Ratio ratio) => ratio.Value is { } value ? Percent(value) : "-";

    public static string Percent(double fraction) => (fraction * 100).ToString("0.#", Dots) + "%";

    public static string OfWhole(Ratio ratio) => $"{Count(ratio.Part)} dari {Count(ratio.Whole)} ({Percent(ratio)})";

    /// <summary>The age of snapshot figures: "Angka per 27/11/2026 06:40 WIB, dihitung ulang berkala."</summary>
    public static string TakenAt(DateTimeOffset moment) =>
        $"Angka per {moment.ToOffset(Wib.Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)} WIB, dihitung ulang berkala.";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
