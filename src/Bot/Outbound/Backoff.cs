namespace Pkkpm.Bot.Outbound;

/// <summary>
/// Exponential backoff with full jitter: a random wait between 0 and base * 2^(attempt-1), at most
/// the cap, so that many rows failing together (Twilio's 429) do not come back together.
/// </summary>
internal static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var ceiling = Math.Min(maxDelay.Ticks, baseDelay.Ticks * Math.Pow(2, Math.Min(attempt - 1, 30)));
        return TimeSpan.FromTicks((long)(Random.Shared.NextDouble() * ceiling));
    }
}
