using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Shared.Http;

public sealed record HealthReport(string Status, string? Detail);

/// <summary>Liveness and readiness probes for the load balancer and the orchestrator.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/health").WithTags("Health").MapGetLiveness().MapGetReadiness();
        return app;
    }
}
