using CoopHub.Shared.Localization;
using CoopHub.Shared.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace CoopHub.Identity.Authentication;

/// <summary>
/// What the authorization middleware answers for an endpoint marked <c>RequireAuthorization</c>: the
/// same problem bodies as a refusal from an <see cref="IAuthorizer{TMessage}"/> (<c>auth.required</c>,
/// <c>auth.forbidden</c>), never a challenge redirect.
/// </summary>
internal sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            return IdentityAuthentication.WriteProblemAsync(context, StatusCodes.Status401Unauthorized, "auth.required", AccessDenied.SignInRequired.Message);
        }
        if (authorizeResult.Forbidden)
        {
            return IdentityAuthentication.WriteProblemAsync(context, StatusCodes.Status403Forbidden, "auth.forbidden", ServerText.Get("identity.forbidden"));
        }
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
