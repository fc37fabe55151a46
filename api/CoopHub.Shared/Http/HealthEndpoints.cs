using CoopHub.Shared.Migrations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Shared.Http;

public sealed record HealthReport(string Status, string? Detail);

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health");
        group.MapGet("/live", () => TypedResults.Ok(new HealthReport("live", null)))
            .WithName("GetLiveness").WithSummary("The process is up.");
        group.MapGet("/ready", async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> (Migrator migrator, CancellationToken ct) =>
        {
            try
            {
                return await migrator.IsUpToDateAsync(ct)
                    ? TypedResults.Ok(new HealthReport("ready", "database reachable and migrated"))
                    : TypedResults.Json(new HealthReport("unavailable", "database schema is not up to date"), statusCode: 503);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return TypedResults.Json(new HealthReport("unavailable", "database unreachable"), statusCode: 503);
            }
        })
        .WithName("GetReadiness").WithSummary("The database is reachable and migrated.")
        .Produces<HealthReport>(503);
        return app;
    }
}
