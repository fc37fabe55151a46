using CoopHub.Identity.CreateApiKey;
using CoopHub.Identity.CreateUser;
using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopHub.Identity.Bootstrap;

/// <summary>
/// Only while the database has no administrator (no admin account and no unrevoked admin API key):
/// creates one from Bootstrap:AdminEmail/AdminPassword and registers the admin API key in
/// Bootstrap:AdminApiKey (for provisioning scripts and CI), either or both. Once an administrator
/// exists the settings are ignored, so a changed or leaked configuration cannot add a key later.
/// </summary>
internal static class IdentityBootstrapper
{
    public static async Task RunAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var email = configuration["Bootstrap:AdminEmail"];
        var password = configuration["Bootstrap:AdminPassword"];
        var apiKey = configuration["Bootstrap:AdminApiKey"];

        await db.BeginAsync(ct);
        var admins = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM idn_users WHERE roles LIKE '%\"admin\"%'", null, ct)
            + await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM idn_api_keys WHERE roles LIKE '%\"admin\"%' AND revoked_at IS NULL", null, ct);
        if (admins > 0)
        {
            if (!string.IsNullOrWhiteSpace(email) || !string.IsNullOrWhiteSpace(apiKey))
            {
                logger.LogInformation("An administrator exists: the Bootstrap settings are ignored.");
            }
            await db.CommitAsync(ct);
            return;
        }
        if (!string.IsNullOrWhiteSpace(email))
        {
            if (Passwords.Problem(password) is { } problem)
            {
                throw new InvalidOperationException($"Bootstrap:AdminPassword is not acceptable: {problem}");
            }
            await UserWrites.CreateAsync(db, clock, email, "Administrator", Language.Fr, password!, [Roles.Admin], [CoopHubClaims.National], null, null, ct);
            logger.LogWarning("Created the first administrator {Email} from Bootstrap configuration.", email);
        }
        if (!string.IsNullOrWhiteSpace(apiKey))
        {
            if (!ApiKeySecrets.TryParse(apiKey, out var prefix))
            {
                throw new InvalidOperationException("Bootstrap:AdminApiKey must look like chk_<prefix>_<secret of 16+ characters>.");
            }
            var exists = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM idn_api_keys WHERE prefix = @Prefix", new { Prefix = prefix }, ct);
            if (exists == 0)
            {
                await ApiKeyWrites.InsertAsync(db, clock, "Bootstrap admin key", prefix, apiKey, [Roles.Admin], [CoopHubClaims.National], null, null, null, "bootstrap", ct);
                logger.LogWarning("Registered the bootstrap admin API key {Prefix}.", prefix);
            }
        }
        await db.CommitAsync(ct);
    }
}
