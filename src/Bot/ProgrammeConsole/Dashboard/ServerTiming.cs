using System.Diagnostics;
using System.Globalization;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>
/// Server-Timing: app;dur=&lt;ms&gt; on every console response, the server's time from the request's
/// arrival to its first byte, so the bench (and a browser's developer tools) read the page's own
/// cost without the network's. First in the pipeline, so it counts sign-in checks and rendering too.
/// </summary>
internal sealed class ServerTiming : IStartupFilter
{
    public const string Header = "Server-Timing";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (!context.Request.Path.StartsWithSegments("/console")) return nextMiddleware(context);
            var started = Stopwatch.GetTimestamp();
            context.Response.OnStarting(() =>
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                context.Response.Headers[Header] = "app;dur=" + elapsed.ToString("0.0", CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            return nextMiddleware(context);
        });
        next(app);
    };
}
