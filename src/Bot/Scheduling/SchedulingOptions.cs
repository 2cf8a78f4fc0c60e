namespace Pkkpm.Bot.Scheduling;

/// <summary>Bound from Scheduling__* (the worker) and Tips__* (the weekly tip's slot, WIB).</summary>
public sealed class SchedulingOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a claimed job is left alone before another worker may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    public DayOfWeek WeeklyTipsDay { get; set; } = DayOfWeek.Monday;

    public int WeeklyTipsHour { get; set; } = 7;
}
