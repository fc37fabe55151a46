using CoopHub.Identity.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.SignOut;

internal static class SignOutEndpoint
{
    public static RouteGroupBuilder MapSignOut(this RouteGroupBuilder group)
    {
        group.MapPost("/sign-out", async Task<NoContent> (HttpContext context) =>
            {
                await context.SignOutAsync(Principals.CookieScheme);
                return TypedResults.NoContent();
            })
            .WithName("SignOut")
            .WithSummary("Ends the session (clears the cookie). Harmless without one.");
        return group;
    }
}
