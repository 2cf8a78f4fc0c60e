using Pkkpm.Bot.Observability;
using Pkkpm.Data;

namespace Pkkpm.Bot.Overload;

/// <summary>
/// Work the database could not take (<see cref="DatabaseUnavailable"/>: SQLite's file held by
/// another process past the wait, PostgreSQL out of reach) was rolled back whole: the request is
/// answered 503 with Retry-After instead of a server error. The console shows its status page
/// ("nothing was saved, try again"); the message webhook's 503 is the one a turn given up on gets
/// (OverloadSetup.Shed), and Twilio's callbacks may come again.
/// </summary>
public static class DatabaseUnavailableRefusal
{
    public static IApplicationBuilder UseDatabaseUnavailableRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (DatabaseUnavailable.Is(e) && !context.Response.HasStarted)
        {
            var services = context.RequestServices;
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseUnavailableRefusal))
                .LogWarning("The database could not take {Method} {Path} ({Error}): nothing recorded, answered 503", context.Request.Method, context.Request.Path, e.Message);
            services.GetRequiredService<BotMetrics>().LimitHit(OverloadSetup.DatabaseUnavailableLimit);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = OverloadSetup.RetryAfterSeconds;
        }
    });
}
