using System.Globalization;
using System.Threading.RateLimiting;
using CoopHub.Identity.Authentication;
using CoopHub.Identity.Bootstrap;
using CoopHub.Identity.ChangeOwnLanguage;
using CoopHub.Identity.ChangeOwnPassword;
using CoopHub.Identity.CreateApiKey;
using CoopHub.Identity.CreateUser;
using CoopHub.Identity.GetMe;
using CoopHub.Identity.GetUser;
using CoopHub.Identity.ListApiKeys;
using CoopHub.Identity.ListAudit;
using CoopHub.Identity.ListUsers;
using CoopHub.Identity.RevokeApiKey;
using CoopHub.Identity.SignIn;
using CoopHub.Identity.SignOut;
using CoopHub.Identity.UpdateUser;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopHub.Identity;

/// <summary>The module's one public entry: accounts, sign-in, API keys, authorization rules' plumbing and the audit viewer.</summary>
public static class IdentityModule
{
    public const string SignInRateLimit = "sign-in";

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatorsFromAssembly(typeof(IdentityModule).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddAuthorizersFromAssembly(typeof(IdentityModule).Assembly);
        services.AddCoopHubAuthentication();
        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
        var anonymousReadsPerMinute = configuration.GetValue("RateLimits:AnonymousReadsPerMinute", 300);
        var codeLookupsPerMinute = configuration.GetValue("RateLimits:CodeLookupsPerMinute", 30);
        services.AddSingleton(new SignInThrottle(signInPerMinute));
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                "ip:" + context.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions { PermitLimit = signInPerMinute, Window = TimeSpan.FromMinutes(1) }));
            // A registration code is a bearer secret: guessing is throttled per client address, signed in or not.
            options.AddPolicy(RateLimitPolicies.CodeLookup, context => RateLimitPartition.GetFixedWindowLimiter(
                "code:" + context.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions { PermitLimit = codeLookupsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            // Anonymous reads are public and cheap to abuse; signed-in users and keys are not limited here.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.Identity?.IsAuthenticated == true || !HttpMethods.IsGet(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("none")
                    : RateLimitPartition.GetFixedWindowLimiter("anon:" + context.Connection.RemoteIpAddress,
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = anonymousReadsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(new ProblemDetails
                {
                    Status = 429,
                    Title = ProblemResults.Title(429),
                    Detail = $"Too many requests; try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.",
                    Extensions = { ["code"] = "rate_limited" },
                }).ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    /// <summary>Authentication, the API-key and antiforgery guards and rate limiting, in that order.</summary>
    public static IApplicationBuilder UseIdentityModule(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseCoopHubRequestGuards();
        app.UseRateLimiter();
        return app;
    }

    public static RouteGroupBuilder MapIdentity(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapSignIn().MapSignOut().MapGetMe();
        var users = api.MapGroup("/users").WithTags("Users");
        users.MapListUsers().MapCreateUser().MapGetUser().MapUpdateUser().MapChangeOwnPassword().MapChangeOwnLanguage();
        var keys = api.MapGroup("/api-keys").WithTags("ApiKeys");
        keys.MapListApiKeys().MapCreateApiKey().MapRevokeApiKey();
        api.MapGroup("/audit").WithTags("Audit").MapListAudit();
        return api;
    }

    /// <summary>Creates the first administrator (and key) from configuration when none exists.</summary>
    public static Task BootstrapAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct)
        => IdentityBootstrapper.RunAsync(services, configuration, logger, ct);
}
