using Microsoft.AspNetCore.Http.HttpResults;
using Pkkpm.Data;
using Pkkpm.Data.Migrations;

namespace Pkkpm.Bot.Health;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", CheckAsync);
        return routes;
    }

    /// <summary>200 once the database answers and carries every migration; 503 before.</summary>
    private static async Task<Results<Ok<string>, ProblemHttpResult>> CheckAsync(IDatabase database, CancellationToken cancellationToken)
    {
        try
        {
            return await Migrator.IsCurrentAsync(database, cancellationToken)
                ? TypedResults.Ok("ok")
                : TypedResults.Problem("database not migrated", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return TypedResults.Problem("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
