using System.Globalization;
using Pkkpm.Conversations.Engine;
using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>
/// The period a page or a download shows, from its query string (?periode=minggu|bulan|pilih&amp;dari=&amp;sampai=),
/// so a link or a bookmark carries it. A custom period that cannot be read falls back to this week
/// and says why, rather than failing the page.
/// </summary>
public sealed record ConsolePeriod(string Choice, ReportPeriod Period, string? Error)
{
    public const string Week = "minggu", Month = "bulan", Custom = "pilih";

    // A year at most: the figures of a longer period are the trend's and the exports' work.
    private const int MaxDays = 366;

    public static ConsolePeriod From(IQueryCollection query, DateTimeOffset now)
    {
        var thisWeek = ThisWeek(now);
        switch (query["periode"].ToString())
        {
            case Month:
                return new(Month, ThisMonth(now), null);
            case Custom:
                if (!TryDate(query["dari"], out var from) || !TryDate(query["sampai"], out var to))
                    return new(Week, thisWeek, "Tanggal belum lengkap atau tidak terbaca: isi dari dan sampai (tttt-bb-hh). Ditampilkan minggu ini.");
                if (to < from) return new(Week, thisWeek, "Tanggal sampai harus sesudah tanggal dari. Ditampilkan minggu ini.");
                if (to.DayNumber - from.DayNumber + 1 > MaxDays) return new(Week, thisWeek, "Periode paling panjang 366 hari. Ditampilkan minggu ini.");
                return new(Custom, ReportPeriod.Custom(from, to), null);
            default:
                return new(Week, thisWeek, null);
        }
    }

    public static ReportPeriod ThisWeek(DateTimeOffset now) => ReportPeriod.WeekOf(now);

    public static ReportPeriod ThisMonth(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.ToOffset(Wib.Offset).DateTime);
        return ReportPeriod.Month(today.Year, today.Month);
    }

    /// <summary>
    /// When "this week" or "this month" next becomes another period: the Monday or the first of the
    /// month at 00:00 WIB, whichever comes first.
    /// </summary>
    public static DateTimeOffset NextRollover(DateTimeOffset now)
    {
        var lastDay = new[] { ThisWeek(now).To, ThisMonth(now).To }.Min();
        return new DateTimeOffset(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), Wib.Offset);
    }

    /// <summary>The query string that chooses this period again (without '?').</summary>
    public string Query => Choice == Custom ? $"periode={Custom}&dari={Day(Period.From)}&sampai={Day(Period.To)}" : $"periode={Choice}";

    /// <summary>What a link to another page adds to keep this period: nothing for this week, the default.</summary>
    public string Suffix => Choice == Week ? "" : "?" + Query;

    public string Label => Choice switch
    {
        Month => $"Bulan ini ({Show.Date(Period.From)} - {Show.Date(Period.To)})",
        Custom => $"{Show.Date(Period.From)} - {Show.Date(Period.To)}",
        _ => $"Minggu ini ({Show.Date(Period.From)} - {Show.Date(Period.To)})",
    };

    /// <summary>For file names: 2026-11-23_2026-11-29.</summary>
    public string FileLabel => $"{Day(Period.From)} {Day(Period.To)}";

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
