using System.Text.Encodings.Web;
using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using Dapper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopHub.Identity.Authentication;

/// <summary>Authenticates <c>X-Api-Key</c>: found by prefix, secret hash compared, not revoked, not expired.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDbConnectionFactory connections, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string FailureItem = "coophub.apikey.failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[Principals.ApiKeyHeader].ToString();
        if (key.Length == 0) return AuthenticateResult.NoResult();
        if (!ApiKeySecrets.TryParse(key, out var prefix)) return Fail("identity.api_key.malformed");

        await using var connection = await connections.OpenAsync(Context.RequestAborted);
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(
            $"SELECT {ApiKeyRow.Columns} FROM idn_api_keys WHERE prefix = @Prefix", new { Prefix = prefix });
        var now = clock.GetUtcNow();
        if (row is null || !ApiKeySecrets.Matches(key, row.SecretHash)) return Fail("identity.api_key.unknown");
        if (row.RevokedAt is not null) return Fail("identity.api_key.revoked");
        if (row.ExpiresAt is { } expires && expires <= now) return Fail("identity.api_key.expired");

        // Administrators see when a key was last used; an hour's precision keeps this off the hot path.
        if (row.LastUsedAt is null || now - row.LastUsedAt > TimeSpan.FromHours(1))
        {
            await connection.ExecuteAsync("UPDATE idn_api_keys SET last_used_at = @Now WHERE id = @Id", new { Now = now, row.Id });
        }

        var principal = Principals.ForApiKey(row);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Principals.ApiKeyScheme));
    }

    /// <summary>
    /// The refusal's text code: authentication runs before the reader's language is known, so the guard after it
    /// writes the text (<see cref="IdentityAuthentication.UseCoopHubApiKeyGuard"/>).
    /// </summary>
    private AuthenticateResult Fail(string textCode)
    {
        Context.Items[FailureItem] = textCode;
        return AuthenticateResult.Fail(textCode);
    }
}
