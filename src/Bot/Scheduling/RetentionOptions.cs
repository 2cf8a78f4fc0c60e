namespace Pkkpm.Bot.Scheduling;

/// <summary>Bound from Retention__*: how long the words of messages are kept.</summary>
public sealed class RetentionOptions
{
    /// <summary>
    /// Age after which message bodies are blanked; TimeSpan syntax, so "365" is 365 days and
    /// "30.00:00:00" 30 days. Zero keeps them forever.
    /// </summary>
    public TimeSpan MessageBodies { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How often the job looks for bodies that have come of age: daily, and once at start.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Rows per transaction: short enough that turns queued behind it do not notice.</summary>
    public int BatchSize { get; set; } = 500;
}
