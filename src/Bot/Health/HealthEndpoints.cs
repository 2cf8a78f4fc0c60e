using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Pkkpm.Bot.Outbound;
using Pkkpm.Data;
using Pkkpm.Data.Migrations;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Health;

/// <summary>
/// GET /healthz, for load balancers and the container's HEALTHCHECK: can this instance answer
/// Twilio's webhooks? GET /healthz/outbound, for alerts: can it send, and do receipts go out in
/// time? Both answer the same JSON, each part saying what is wrong:
/// {"status":"ok"|"degraded"|"unavailable","database":...,"outbound":...,"outbox":...}.
/// </summary>
public static class HealthEndpoints
{
    public sealed record Report(
        string Status,
        string Database,
        string Outbound,
        string Outbox,
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
    private static async Task<JsonHttpResult<Report>> CheckAsync(IDatabase database, SendingPause pause, TimeProvider clock, IOptions<HealthOptions> options, CancellationToken cancellationToken)
    {
        var report = await ReportAsync(database, pause, clock, options.Value, cancellationToken);
        return TypedResults.Json(report, statusCode: report.Database == "ok" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>503 while this instance cannot send (sending paused, no database to send from) or receipts wait too long.</summary>
    private static async Task<JsonHttpResult<Report>> CheckOutboundAsync(IDatabase database, SendingPause pause, TimeProvider clock, IOptions<HealthOptions> options, CancellationToken cancellationToken)
    {
        var report = await ReportAsync(database, pause, clock, options.Value, cancellationToken);
        return TypedResults.Json(report, statusCode: report.Status == "ok" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Report> ReportAsync(IDatabase database, SendingPause pause, TimeProvider clock, HealthOptions options, CancellationToken cancellationToken)
    {
        var databaseState = await DatabaseStateAsync(database, cancellationToken);
        var (outbox, late) = databaseState == "ok" ? await OutboxStateAsync(database, clock, options, cancellationToken) : ("unknown", false);
        var paused = pause.Current;
        var status = databaseState != "ok" ? "unavailable" : paused is null && !late ? "ok" : "degraded";
        return paused is null
            ? new Report(status, databaseState, "sending", outbox)
            : new Report(status, databaseState, $"Twilio paused: {paused.Reason}", outbox, paused.Since, paused.NextTry);
    }

    /// <summary>
    /// "late: the oldest receipt has waited 25 min (3 waiting)" once a person's own message waits
    /// longer than Health__OutboxLagLimit; bulk is only counted, since a broadcast rightly drains for an hour.
    /// </summary>
    private static async Task<(string State, bool Late)> OutboxStateAsync(IDatabase database, TimeProvider clock, HealthOptions options, CancellationToken cancellationToken)
    {
        var backlog = await database.ReadAsync(c => OutboxBacklog.ReadAsync(c, cancellationToken), cancellationToken);
        var lag = backlog.Personal.Lag(clock.GetUtcNow());
        var counts = $"{backlog.Personal.Waiting} personal and {backlog.Bulk.Waiting} bulk waiting";
        return lag > options.OutboxLagLimit
            ? ($"late: the oldest personal message has waited {(int)lag.TotalMinutes} min ({counts})", true)
            : (counts, false);
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
