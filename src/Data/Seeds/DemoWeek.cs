using System.Globalization;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// A demo that does not rot: a seeds folder with <see cref="FileName"/> names the week its dates
/// were written in (its anchor, a Monday). Loaded at start, every date of the seeds moves by whole
/// weeks (weekdays stay) so that this week is the current week of the clock: the demo's arrears,
/// "this week" figures and next instalments look the same whenever it is started. A folder without
/// the file (real data) is loaded as written; an import never moves dates.
/// </summary>
public static class DemoWeek
{
    public const string FileName = "this-week.txt";

    /// <summary>Days to add to every date of the seeds in <paramref name="folder"/>: a whole number of weeks, 0 without the file.</summary>
    public static int ShiftDays(string folder, DateOnly today)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return 0;
        var line = File.ReadLines(path).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#'));
        if (!DateOnly.TryParseExact(line, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var anchor))
            throw new SeedException(FileName, 1, $"'{line}' is not a date in the form yyyy-MM-dd (the Monday of the week the demo's dates were written in)");
        return (Monday(today).DayNumber - Monday(anchor).DayNumber) / 7 * 7;
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
