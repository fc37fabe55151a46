using CoopHub.Shared.Http;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.GetAntiforgeryToken;

/// <summary>The token the SPA sends in a header on unsafe requests made with the session cookie.</summary>
internal sealed record AntiforgeryToken(string HeaderName, string Token);

internal static class GetAntiforgeryTokenEndpoint
{
    public static RouteGroupBuilder MapGetAntiforgeryToken(this RouteGroupBuilder group)
    {
        group.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(context);
                return TypedResults.Ok(new AntiforgeryToken(tokens.HeaderName!, tokens.RequestToken!));
            })
            .WithName("GetAntiforgeryToken")
            .WithoutCompression()
            .WithSummary("A token to send in the X-CSRF-TOKEN header on unsafe requests made with the session cookie.");
        return group;
    }
}
