using CoopHub.Shared.Migrations;
using CoopHub.Shared.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Shared.Http;

/// <summary>
/// What the readiness probe reports: ready or not and why; the database (<c>ok</c>, <c>not_migrated</c>,
/// <c>unreachable</c>); and each outbox queue's depth and oldest undelivered age (cached a few seconds, ADR 0033).
/// </summary>
public sealed record ReadinessReport(string Status, string? Detail, string Database, IReadOnlyList<OutboxQueueState> Outbox);

internal static class GetReadinessEndpoint
{
    public static RouteGroupBuilder MapGetReadiness(this RouteGroupBuilder group)
    {
        // Unset by default: a backlog does not make an instance unfit to serve requests, and taking every instance out of
        // the balancer because a webhook target is down would turn a late delivery into an outage. Set it where an
        // orchestrator should restart instances whose dispatchers are stuck.
        var maxAge = ((IEndpointRouteBuilder)group).ServiceProvider.GetRequiredService<IConfiguration>().GetValue<TimeSpan?>("Health:OutboxMaxAge");
        group.MapGet("/ready", async Task<Results<Ok<ReadinessReport>, JsonHttpResult<ReadinessReport>>> (Migrator migrator, OutboxBacklog backlog, CancellationToken ct) =>
        {
            IReadOnlyList<OutboxQueueState> outbox;
            try
            {
                if (!await migrator.IsUpToDateAsync(ct))
                {
                    return TypedResults.Json(new ReadinessReport("unavailable", "database schema is not up to date", "not_migrated", []), statusCode: 503);
                }
                outbox = await backlog.ReadAsync(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return TypedResults.Json(new ReadinessReport("unavailable", "database unreachable", "unreachable", []), statusCode: 503);
            }
            if (maxAge is { } limit && outbox.FirstOrDefault(q => q.OldestAgeSeconds > limit.TotalSeconds) is { } late)
            {
                return TypedResults.Json(new ReadinessReport("unavailable", $"the {late.Queue} queue's oldest undelivered message is older than Health:OutboxMaxAge", "ok", outbox), statusCode: 503);
            }
            return TypedResults.Ok(new ReadinessReport("ready", "database reachable and migrated", "ok", outbox));
        })
        .WithName("GetReadiness").WithSummary("The database is reachable and migrated; each outbox queue's depth and oldest undelivered age.")
        .Produces<ReadinessReport>(503);
        return group;
    }
}
