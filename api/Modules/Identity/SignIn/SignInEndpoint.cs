using CoopHub.Identity.Authentication;
using CoopHub.Identity.GetMe;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.SignIn;

internal static class SignInEndpoint
{
    public static RouteGroupBuilder MapSignIn(this RouteGroupBuilder group)
    {
        group.MapPost("/sign-in", async Task<Results<Ok<Me>, ProblemHttpResult>> (
                SignInCommand command, ISender sender, HttpContext context, SignInThrottle throttle, CancellationToken ct) =>
            {
                if (throttle.TryAcquire(command.Email) is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return TypedResults.Problem(new ProblemDetails
                    {
                        Status = 429,
                        Title = ProblemResults.Title(429),
                        Detail = "Too many sign-in attempts for this account; wait a minute and try again.",
                        Extensions = { ["code"] = "auth.rate_limited" },
                    });
                }
                var outcome = await sender.Send(command, ct);
                if (outcome.User is null)
                {
                    return TypedResults.Problem(new ProblemDetails
                    {
                        Status = 401,
                        Title = ProblemResults.Title(401),
                        Detail = outcome.Failure,
                        Extensions = { ["code"] = "auth.sign_in_failed" },
                    });
                }
                var principal = Principals.ForUser(outcome.User);
                await context.SignInAsync(Principals.CookieScheme, principal);
                return TypedResults.Ok(Me.From(principal));
            })
            .WithName("SignIn")
            .WithSummary("Signs in with email and password; sets an HttpOnly session cookie.")
            .RequireRateLimiting(IdentityModule.SignInRateLimit)
            .ProducesProblems(400, 401, 429);
        return group;
    }
}
