namespace Pkkpm.Conversations.Engine;

/// <summary>Western Indonesia Time (UTC+7, no daylight saving): the time every member lives in.</summary>
public static class Wib
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    /// <summary>"pagi", "siang", "sore" or "malam", as Indonesians greet.</summary>
    public static string PartOfDay(TimeProvider clock) => Now(clock).Hour switch
    {
        >= 4 and < 11 => "pagi",
        >= 11 and < 15 => "siang",
        >= 15 and < 18 => "sore",
        _ => "malam",
    };
}
