using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Pkkpm.Bot.Outbound;
using Pkkpm.Data;
using Pkkpm.Data.Migrations;

namespace Pkkpm.Bot.Health;

/// <summary>
/// GET /healthz, for load balancers and the container's HEALTHCHECK: can this instance answer
/// Twilio's webhooks? GET /healthz/outbound, for alerts: can it send? Both answer the same JSON:
/// {"status":"ok"|"degraded"|"unavailable","database":...,"outbound":...}.
/// </summary>
public static class HealthEndpoints
{
    public sealed record Report(
        string Status,
        string Database,
        string Outbound,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? OutboundPausedSince = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? OutboundNextTry = null);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", CheckAsync);
        routes.MapGet("/healthz/outbound", CheckOutboundAsync);
        return routes;
    }

    /// <summary>
    /// 503 until the database answers and carries every migration. Sending paused (Twilio refused our
    /// account) keeps it 200, with status "degraded" and the reason: replies to people's messages go
    /// back in the webhook's answer and need no credentials, and every instance has the same ones,
    /// so taking instances out of the pool would only stop the replies that still work.
    /// </summary>
    private static async Task<JsonHttpResult<Report>> CheckAsync(IDatabase database, SendingPause pause, CancellationToken cancellationToken)
    {
        var report = await ReportAsync(database, pause, cancellationToken);
        return TypedResults.Json(report, statusCode: report.Database == "ok" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>503 while this instance cannot send: sending paused, or no database to send from.</summary>
    private static async Task<JsonHttpResult<Report>> CheckOutboundAsync(IDatabase database, SendingPause pause, CancellationToken cancellationToken)
    {
        var report = await ReportAsync(database, pause, cancellationToken);
        return TypedResults.Json(report, statusCode: report.Status == "ok" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Report> ReportAsync(IDatabase database, SendingPause pause, CancellationToken cancellationToken)
    {
        var databaseState = await DatabaseStateAsync(database, cancellationToken);
        var paused = pause.Current;
        var status = databaseState != "ok" ? "unavailable" : paused is null ? "ok" : "degraded";
        return paused is null
            ? new Report(status, databaseState, "sending")
            : new Report(status, databaseState, $"Twilio paused: {paused.Reason}", paused.Since, paused.NextTry);
    }

    private static async Task<string> DatabaseStateAsync(IDatabase database, CancellationToken cancellationToken)
    {
        try
        {
            return await Migrator.IsCurrentAsync(database, cancellationToken) ? "ok" : "not migrated";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return "unreachable";
        }
    }
}
