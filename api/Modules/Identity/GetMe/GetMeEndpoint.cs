using System.Security.Claims;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.GetMe;

/// <summary>The caller as the SPA needs it: who, which roles and scopes, which language.</summary>
internal sealed record Me(Guid Id, string Name, string ActorType, IReadOnlyList<string> Roles, IReadOnlyList<string> Regions, IReadOnlyList<Guid> Cooperatives, IReadOnlyList<Guid> Networks, string? Language)
{
    public static Me From(ClaimsPrincipal principal)
    {
        var user = new CurrentUser(principal);
        return new Me(user.Id ?? Guid.Empty, user.Name ?? "", user.ActorType, user.Roles.Order().ToList(), user.Regions.Order().ToList(),
            user.Cooperatives.ToList(), user.Networks.ToList(), principal.FindFirst(CoopHubClaims.Language)?.Value);
    }
}

internal static class GetMeEndpoint
{
    public static RouteGroupBuilder MapGetMe(this RouteGroupBuilder group)
    {
        group.MapGet("/me", Results<Ok<Me>, ProblemHttpResult> (HttpContext context) =>
                context.User.Identity?.IsAuthenticated == true
                    ? TypedResults.Ok(Me.From(context.User))
                    : TypedResults.Problem(detail: AccessDenied.SignInRequired.Message, statusCode: 401, title: ProblemResults.Title(401)))
            .WithName("GetMe")
            .RequireAuthorization()
            .WithSummary("The signed-in user (or API key): roles, scopes and language.")
            .ProducesProblems(401);
        return group;
    }
}
