namespace Pkkpm.Bot.Overload;

/// <summary>
/// Past saturation the service sheds load instead of queueing it: at most Limits__TurnsInFlight
/// webhooks are answered at once, and the next one gets a fast 503 with Retry-After. A queue
/// longer than the service can clear within Twilio's 15 s would only turn every answer into a
/// timeout; refusing some keeps the others fast.
/// </summary>
public static class OverloadSetup
{
    /// <summary>How shed webhooks are counted in pkkpm_limits_hit_total, beside the flood guard's limits.</summary>
    public const string TurnsInFlightLimit = "turns_in_flight", TurnDeadlineLimit = "turn_deadline",
        DatabaseUnavailableLimit = "database_unavailable";

    /// <summary>Seconds a refused sender is told to wait: the queue of a moment ago is gone by then.</summary>
    public const string RetryAfterSeconds = "1";

    public static IServiceCollection AddOverloadShedding(this IServiceCollection services) =>
        services.AddSingleton<TurnsInFlight>();

    /// <summary>The answer to a webhook refused or given up on: nothing of it was recorded.</summary>
    public static IResult Shed(HttpContext http)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds;
        return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }
}
