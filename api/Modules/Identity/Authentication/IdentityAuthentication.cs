using CoopHub.Shared.Localization;
using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using Dapper;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoopHub.Identity.Authentication;

internal static class IdentityAuthentication
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";
    private const string PolicyScheme = "CoopHub";

    public static IServiceCollection AddCoopHubAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(PolicyScheme)
            .AddPolicyScheme(PolicyScheme, "Cookie or API key", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(Principals.ApiKeyHeader) ? Principals.ApiKeyScheme : Principals.CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(Principals.ApiKeyScheme, _ => { })
            .AddCookie(Principals.CookieScheme, options =>
            {
                options.Cookie.Name = "coophub.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                // An API answers 401/403; it never redirects to a sign-in page.
                options.Events.OnRedirectToLogin = context => { context.Response.StatusCode = 401; return Task.CompletedTask; };
                options.Events.OnRedirectToAccessDenied = context => { context.Response.StatusCode = 403; return Task.CompletedTask; };
                options.Events.OnValidatePrincipal = ValidateUserStillAllowedAsync;
            });
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryHeader;
            options.Cookie.Name = "coophub.csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        // Secure everywhere but Development (plain http on a developer's machine): in production the TLS
        // ends at the proxy, and a cookie must never go out over http even if the proxy is misconfigured.
        services.AddOptions<CookieAuthenticationOptions>(Principals.CookieScheme)
            .Configure<IHostEnvironment>((options, environment) => options.Cookie.SecurePolicy = SecurePolicy(environment));
        // Antiforgery refuses CookieSecurePolicy.Always on a plain-http request (./build/run.sh serves
        // http://127.0.0.1, where browsers keep Secure cookies), so its cookie is made Secure when built.
        services.AddOptions<AntiforgeryOptions>().Configure<IHostEnvironment>((options, environment) =>
        {
            if (!environment.IsDevelopment()) options.Cookie = new SecureCookieBuilder(options.Cookie);
        });
        // RequireAuthorization() on an endpoint or group means "signed in or holding a key"; the
        // resource rules stay in each slice's IAuthorizer. A refusal is a problem, never a redirect.
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }

    /// <summary>The same cookie, always marked Secure.</summary>
    private sealed class SecureCookieBuilder : CookieBuilder
    {
        public SecureCookieBuilder(CookieBuilder from)
        {
            Name = from.Name;
            Path = from.Path;
            Domain = from.Domain;
            HttpOnly = from.HttpOnly;
            SameSite = from.SameSite;
            IsEssential = from.IsEssential;
            Expiration = from.Expiration;
            MaxAge = from.MaxAge;
            SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }

        public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
        {
            var options = base.Build(context, expiresFrom);
            options.Secure = true;
            return options;
        }
    }

    private static CookieSecurePolicy SecurePolicy(IHostEnvironment environment)
        => environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    /// <summary>After authentication: a bad API key is a 401 on any route (a caller who sent one expects it to count).</summary>
    public static IApplicationBuilder UseCoopHubApiKeyGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Items.TryGetValue(ApiKeyAuthenticationHandler.FailureItem, out var reason))
        {
            await WriteProblemAsync(context, 401, "auth.api_key", ServerText.Get((string)reason!));
            return;
        }
        await next(context);
    });

    /// <summary>A cookie-authenticated unsafe request must carry the antiforgery header.</summary>
    public static IApplicationBuilder UseCoopHubAntiforgeryGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var unsafeMethod = !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method));
        if (unsafeMethod && context.User.Identity is { IsAuthenticated: true, AuthenticationType: Principals.CookieScheme })
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                // The SPA sends the token of GET /auth/antiforgery in the header; a person sees this only with a stale page.
                await WriteProblemAsync(context, 400, "auth.antiforgery", ServerText.Get("identity.antiforgery.missing"));
                return;
            }
        }
        await next(context);
    });

    internal static async Task WriteProblemAsync(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        await Microsoft.AspNetCore.Http.Results.Problem(new ProblemDetails
        {
            Status = status,
            Title = ProblemResults.Title(status),
            Detail = detail,
            Extensions = { ["code"] = code },
        }).ExecuteAsync(context);
    }

    /// <summary>A disabled user, or one whose roles, scopes or password changed since sign-in, loses the session.</summary>
    private static async Task ValidateUserStillAllowedAsync(CookieValidatePrincipalContext context)
    {
        var user = new CurrentUser(context.Principal!);
        var stamp = context.Principal!.FindFirst(CoopHubClaims.Stamp)?.Value;
        var connections = context.HttpContext.RequestServices.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connections.OpenAsync(context.HttpContext.RequestAborted);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(
            $"SELECT {UserRow.Columns} FROM idn_users WHERE id = @Id", new { Id = user.Id ?? Guid.Empty });
        if (row is null || row.Disabled || stamp != Principals.StampOf(row))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Principals.CookieScheme);
        }
    }
}
