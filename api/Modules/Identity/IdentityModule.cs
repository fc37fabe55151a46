using CoopHub.Shared.Localization;
using System.Globalization;
using System.Threading.RateLimiting;
using CoopHub.Identity.Authentication;
using CoopHub.Identity.Bootstrap;
using CoopHub.Identity.AddAccountAddress;
using CoopHub.Identity.ChangeOwnLanguage;
using CoopHub.Identity.ConfirmAccountAddress;
using CoopHub.Identity.RemoveAccountAddress;
using CoopHub.Identity.ReplaceAccountAddress;
using CoopHub.Identity.VerifyAccountAddress;
using CoopHub.Identity.ClaimCooperative;
using CoopHub.Identity.DecideCooperativeClaim;
using CoopHub.Identity.LeaveCooperative;
using CoopHub.Identity.ListCooperativeClaims;
using CoopHub.Identity.ListCooperativeManagers;
using CoopHub.Identity.ProveClaimWithCode;
using CoopHub.Identity.RevokeCooperativeManager;
using CoopHub.Identity.ChangeOwnPassword;
using CoopHub.Identity.CreateApiKey;
using CoopHub.Identity.CreateUser;
using CoopHub.Identity.GetAntiforgeryToken;
using CoopHub.Identity.GetMe;
using CoopHub.Identity.GetUser;
using CoopHub.Identity.ListApiKeys;
using CoopHub.Identity.ListAudit;
using CoopHub.Identity.ListUsers;
using CoopHub.Identity.Model;
using CoopHub.Identity.RequestPasswordReset;
using CoopHub.Identity.ResetPassword;
using CoopHub.Identity.RevokeApiKey;
using CoopHub.Identity.SignIn;
using CoopHub.Identity.SignOut;
using CoopHub.Identity.SignUp;
using CoopHub.Identity.VerifyAccount;
using CoopHub.Identity.UpdateUser;
using CoopHub.Shared.Hosting;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopHub.Identity;

/// <summary>The module's one public entry: accounts, sign-in, API keys, authorization rules' plumbing and the audit viewer.</summary>
public static class IdentityModule
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>Sign-up, verification, password reset and adding an address: per client address, RateLimits:AccountCodesPerMinute (10).</summary>
    public const string AccountCodesRateLimit = "account-codes";

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        CoopHub.Shared.Localization.ServerText.AddCatalogue("identity", typeof(IdentityModule).Assembly);
        services.AddValidatorsFromAssembly(typeof(IdentityModule).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddAuthorizersFromAssembly(typeof(IdentityModule).Assembly);
        services.AddCoopHubAuthentication();
        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
        var anonymousReadsPerMinute = configuration.GetValue("RateLimits:AnonymousReadsPerMinute", 300);
        var codeLookupsPerMinute = configuration.GetValue("RateLimits:CodeLookupsPerMinute", 30);
        var accountCodesPerMinute = configuration.GetValue("RateLimits:AccountCodesPerMinute", 10);
        services.AddSingleton<ISignInThrottle, DatabaseSignInThrottle>();
        services.Configure<AccountCodeOptions>(configuration.GetSection("Identity"));
        services.AddRateLimiter(options =>
        {
            // The limits that protect accounts and codes are counted in the database, shared by every instance (ADR 0031).
            options.AddPolicy(SignInRateLimit, context => SharedRateLimits.Window(
                context, "sign-in:" + context.Connection.RemoteIpAddress, signInPerMinute, TimeSpan.FromMinutes(1)));
            // A registration code is a bearer secret: guessing is throttled per client address, signed in or not.
            options.AddPolicy(AccountCodesRateLimit, context => SharedRateLimits.Window(
                context, "account:" + context.Connection.RemoteIpAddress, accountCodesPerMinute, TimeSpan.FromMinutes(1)));
            options.AddPolicy(RateLimitPolicies.CodeLookup, context => SharedRateLimits.Window(
                context, "code:" + context.Connection.RemoteIpAddress, codeLookupsPerMinute, TimeSpan.FromMinutes(1)));
            // Anonymous reads are a cheap guard against scraping, counted per instance: they protect no secret, and a
            // shared count would put a database write in front of every public read (ADR 0031).
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
                    Detail = ServerText.Get("identity.rate_limited", ("seconds", (long)Math.Ceiling(retryAfter.TotalSeconds))),
                    Extensions = { ["code"] = "rate_limited" },
                }).ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    /// <summary>
    /// Call last. Routing would otherwise answer a request whose content type an endpoint does not
    /// accept with 415 before the endpoint is chosen, so before its authorization is known; without
    /// that matcher policy the endpoint itself answers 415 (binding, or its own check) after the
    /// authorization middleware has answered an anonymous caller 401.
    /// </summary>
    public static IServiceCollection CheckContentTypesAfterAuthorization(this IServiceCollection services)
    {
        foreach (var accepts in services.Where(d => d.ServiceType == typeof(MatcherPolicy)
                     && d.ImplementationType?.FullName == "Microsoft.AspNetCore.Routing.Matching.AcceptsMatcherPolicy").ToList())
        {
            services.Remove(accepts);
        }
        return services;
    }

    /// <summary>
    /// Who is calling, before anything reads the request: authentication, a bad API key → 401, and
    /// endpoint authorization (an operation marked <c>RequireAuthorization</c> answers an anonymous
    /// caller 401 before its body, content type or If-Match is looked at).
    /// </summary>
    public static IApplicationBuilder UseIdentityModule(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        // The answer's language: the account's, else Accept-Language, else French (ADR 0020).
        app.UseRequestLanguage();
        app.UseCoopHubApiKeyGuard();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The antiforgery guard (it may read a form, so after the body-size limit) and rate limiting.</summary>
    public static IApplicationBuilder UseIdentityGuards(this IApplicationBuilder app)
    {
        app.UseCoopHubAntiforgeryGuard();
        app.UseRateLimiter();
        return app;
    }

    public static RouteGroupBuilder MapIdentity(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapSignIn().MapSignOut().MapGetMe().MapGetAntiforgeryToken().MapRequestPasswordReset().MapResetPassword().MapSignUp().MapVerifyAccount();
        // Every route of these groups needs an identity: an anonymous caller gets 401 before anything else is read.
        var users = api.MapGroup("/users").WithTags("Users").RequireAuthorization();
        users.MapListUsers().MapCreateUser().MapGetUser().MapUpdateUser().MapChangeOwnPassword().MapChangeOwnLanguage()
            .MapAddAccountAddress().MapConfirmAccountAddress().MapReplaceAccountAddress().MapRemoveAccountAddress().MapVerifyAccountAddress();
        var keys = api.MapGroup("/api-keys").WithTags("ApiKeys").RequireAuthorization();
        keys.MapListApiKeys().MapCreateApiKey().MapRevokeApiKey();
        api.MapGroup("/audit").WithTags("Audit").RequireAuthorization().MapListAudit();
        // Claiming a cooperative (issue 19 item 2, ADR 0029), and its managers under the registry's path.
        var claims = api.MapGroup("/cooperative-claims").WithTags("CooperativeClaims").RequireAuthorization();
        claims.MapClaimCooperative().MapProveClaimWithCode().MapListCooperativeClaims().MapDecideCooperativeClaim();
        var managers = api.MapGroup("/cooperatives/{cooperativeId:guid}/managers").WithTags("CooperativeClaims").RequireAuthorization();
        managers.MapListCooperativeManagers().MapLeaveCooperative().MapRevokeCooperativeManager();
        return api;
    }

    /// <summary>Creates the first administrator (and key) from configuration when none exists.</summary>
    public static Task BootstrapAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct)
        => IdentityBootstrapper.RunAsync(services, configuration, logger, ct);
}
