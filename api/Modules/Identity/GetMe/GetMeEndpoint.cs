using System.Security.Claims;
using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.GetMe;

/// <summary>
/// The caller as the SPA needs it: who, which roles and scopes, which language, and where an account is reached — its
/// e-mail address and Moroccan mobile number, whichever it has (null otherwise; always null for an API key), and whether
/// each was proved by a code sent to it.
/// </summary>
internal sealed record Me(Guid Id, string Name, string ActorType, IReadOnlyList<string> Roles, IReadOnlyList<string> Regions, IReadOnlyList<Guid> Cooperatives, IReadOnlyList<Guid> Networks, string? Language,
    string? Email, bool EmailVerified, string? Phone, bool PhoneVerified)
{
    public static Me From(ClaimsPrincipal principal, UserRow? account)
    {
        var user = new CurrentUser(principal);
        return new Me(user.Id ?? Guid.Empty, user.Name ?? "", user.ActorType, user.Roles.Order().ToList(), user.Regions.Order().ToList(),
            user.Cooperatives.ToList(), user.Networks.ToList(), principal.FindFirst(CoopHubClaims.Language)?.Value,
            string.IsNullOrEmpty(account?.Email) ? null : account.Email, account?.EmailVerified ?? false,
            string.IsNullOrEmpty(account?.Phone) ? null : account.Phone, account?.PhoneVerified ?? false);
    }
}

internal sealed record GetMeQuery : IQuery<Me>;

internal sealed class GetMeAuthorizer : IAuthorizer<GetMeQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetMeQuery message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>The roles and scopes come from the session (what it grants); the addresses from the account's row.</summary>
internal sealed class GetMeHandler(DbSession db, IHttpContextAccessor http, CurrentUser user) : IQueryHandler<GetMeQuery, Me>
{
    public async ValueTask<Me> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var account = user.IsUser
            ? await db.QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE id = @Id", new { user.Id }, cancellationToken)
            : null;
        return Me.From(http.HttpContext!.User, account);
    }
}

internal static class GetMeEndpoint
{
    public static RouteGroupBuilder MapGetMe(this RouteGroupBuilder group)
    {
        group.MapGet("/me", async Task<Results<Ok<Me>, ProblemHttpResult>> (HttpContext context, ISender sender, CancellationToken ct) =>
                context.User.Identity?.IsAuthenticated == true
                    ? TypedResults.Ok(await sender.Send(new GetMeQuery(), ct))
                    : TypedResults.Problem(detail: AccessDenied.SignInRequired.Message, statusCode: 401, title: ProblemResults.Title(401)))
            .WithName("GetMe")
            .RequireAuthorization()
            .WithSummary("The signed-in user (or API key): roles, scopes and language, and the account's e-mail address and mobile number with whether each is verified.")
            .ProducesProblems(401);
        return group;
    }
}
