using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Pkkpm.Bot.Floods;

namespace Pkkpm.Bot.Overload;

/// <summary>
/// Past saturation the service sheds load instead of queueing it: at most Limits__TurnsInFlight
/// webhooks are answered at once, and the next one gets a fast 503 with Retry-After. A queue
/// longer than the service can clear within Twilio's 15 s would only turn every answer into a
/// timeout; refusing some keeps the others fast.
/// </summary>
public static class OverloadSetup
{
    public const string TurnsPolicy = "turns";

    /// <summary>Seconds a refused sender is told to wait: the queue of a moment ago is gone by then.</summary>
    public const string RetryAfterSeconds = "1";

    public static IServiceCollection AddOverloadShedding(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
                context.HttpContext.RequestServices.GetRequiredService<Observability.BotMetrics>().LimitHit("turns_in_flight");
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(TurnsPolicy, context =>
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value.TurnsInFlight;
                // One limiter for every request (one partition key): the limit is the service's, not a sender's.
                return limit == 0
                    ? RateLimitPartition.GetNoLimiter("all")
                    : RateLimitPartition.GetConcurrencyLimiter("all", _ => new ConcurrencyLimiterOptions { PermitLimit = limit, QueueLimit = 0 });
            });
        });

    /// <summary>The answer to a webhook given up on: nothing of it was recorded, Twilio may send it again.</summary>
    public static IResult Shed(HttpContext http)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds;
        return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }
}
