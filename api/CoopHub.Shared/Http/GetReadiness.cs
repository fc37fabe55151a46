using CoopHub.Shared.Migrations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Shared.Http;

internal static class GetReadinessEndpoint
{
    public static RouteGroupBuilder MapGetReadiness(this RouteGroupBuilder group)
    {
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
        return group;
    }
}
