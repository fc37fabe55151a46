using CoopHub.Identity.Authentication;
using CoopHub.Identity.GetMe;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
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
                SignInCommand command, ISender sender, HttpContext context, ISignInThrottle throttle, CancellationToken ct) =>
            {
                var account = command.AccountKey();
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "";
                if (account.Length > 0 && await throttle.TryAttemptAsync(account, client, ct) is { } wait)
                {
                    var seconds = (int)Math.Ceiling(wait.TotalSeconds);
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return TypedResults.Problem(new ProblemDetails
                    {
                        Status = 429,
                        Title = ProblemResults.Title(429),
                        Detail = ServerText.Get("identity.sign_in.too_many_failures", ("seconds", seconds)),
                        Extensions = { ["code"] = "auth.rate_limited" },
                    });
                }
                var outcome = await sender.Send(command, ct);
                if (outcome.Unconfirmed)
                {
                    await throttle.SucceededAsync(account, client, ct);
                    return TypedResults.Problem(new ProblemDetails
                    {
                        Status = 403,
                        Title = ProblemResults.Title(403),
                        Detail = ServerText.Get("identity.sign_in.unconfirmed"),
                        Extensions = { ["code"] = "auth.account_unconfirmed" },
                    });
                }
                if (outcome.User is null)
                {
                    return TypedResults.Problem(new ProblemDetails
                    {
                        Status = 401,
                        Title = ProblemResults.Title(401),
                        Detail = SignInOutcome.Failure,
                        Extensions = { ["code"] = "auth.sign_in_failed" },
                    });
                }
                await throttle.SucceededAsync(account, client, ct);
                var principal = Principals.ForUser(outcome.User);
                await context.SignInAsync(Principals.CookieScheme, principal);
                return TypedResults.Ok(Me.From(principal, outcome.User));
            })
            .WithName("SignIn")
            .WithSummary("Signs in with email (or Moroccan mobile number) and password; sets an HttpOnly session cookie.")
            .RequireRateLimiting(IdentityModule.SignInRateLimit)
            .ProducesProblems(400, 401, 403, 429);
        return group;
    }
}
