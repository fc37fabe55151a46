using System.Text.Json;

namespace CoopHub.Identity.Model;

internal enum Language
{
    Ar,
    Fr,
    En,
}

/// <summary>An account as administrators see it (never its password hash).</summary>
internal sealed record UserDetails(
    Guid Id, string Email, string DisplayName, Language Language, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Regions, IReadOnlyList<Guid> Cooperatives, IReadOnlyList<Guid> Networks, bool Disabled, DateTimeOffset? LockedUntil,
    DateTimeOffset? LastSignInAt, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed record UserPage(IReadOnlyList<UserDetails> Items, int Page, int PageSize, int Total);

/// <summary>An API key as listed (never its secret).</summary>
internal sealed record ApiKeyDetails(
    Guid Id, string Name, string Prefix, IReadOnlyList<string> Roles, IReadOnlyList<string> Regions,
    IReadOnlyList<Guid> Cooperatives, IReadOnlyList<Guid> Networks, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset CreatedAt,
    string? CreatedBy, DateTimeOffset? LastUsedAt);

/// <summary>Returned once, when the key is created: the only time the secret is shown.</summary>
internal sealed record CreatedApiKey(ApiKeyDetails Key, string Secret);

internal sealed class UserRow
{
    public Guid Id { get; set; }
    public string Email { get; set; } = "";
    public string EmailKey { get; set; } = "";
    /// <summary>A Moroccan mobile in E.164 for an account made by sign-up with its number (then <see cref="Email"/> is empty).</summary>
    public string? Phone { get; set; }
    /// <summary>The address added after sign-up and proved by a code (migration 0034): the lower-case e-mail or the E.164 number; unique.</summary>
    public string? SecondKey { get; set; }
    /// <summary>The e-mail address was proved by a code sent to it.</summary>
    public bool EmailVerified { get; set; }
    /// <summary>The mobile number was proved by a code sent to it.</summary>
    public bool PhoneVerified { get; set; }
    public string DisplayName { get; set; } = "";
    public string Language { get; set; } = "fr";
    public string PasswordHash { get; set; } = "";
    public string Roles { get; set; } = "[]";
    public string Regions { get; set; } = "[]";
    public string Cooperatives { get; set; } = "[]";
    public string Networks { get; set; } = "[]";
    public bool Disabled { get; set; }
    /// <summary>Created by sign-up, its address not yet confirmed: it cannot sign in.</summary>
    public bool PendingVerification { get; set; }
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const string Columns = """
        id AS Id, email AS Email, email_key AS EmailKey, phone AS Phone, second_key AS SecondKey,
        email_verified AS EmailVerified, phone_verified AS PhoneVerified, display_name AS DisplayName, language AS Language,
        password_hash AS PasswordHash, roles AS Roles, regions AS Regions, cooperatives AS Cooperatives, networks AS Networks,
        disabled AS Disabled, pending_verification AS PendingVerification, failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil,
        last_sign_in_at AS LastSignInAt, version AS Version, created_at AS CreatedAt, updated_at AS UpdatedAt
        """;

    public UserDetails ToDetails() => new(
        Id, Email, DisplayName, Enum.Parse<Language>(Language, ignoreCase: true), IdentityJson.Strings(Roles), IdentityJson.Strings(Regions),
        IdentityJson.Guids(Cooperatives), IdentityJson.Guids(Networks), Disabled, LockedUntil, LastSignInAt, Version, CreatedAt, UpdatedAt);
}

internal sealed class ApiKeyRow
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Prefix { get; set; } = "";
    public string SecretHash { get; set; } = "";
    public string Roles { get; set; } = "[]";
    public string Regions { get; set; } = "[]";
    public string Cooperatives { get; set; } = "[]";
    public string Networks { get; set; } = "[]";
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public const string Columns = """
        id AS Id, name AS Name, prefix AS Prefix, secret_hash AS SecretHash, roles AS Roles, regions AS Regions,
        cooperatives AS Cooperatives, networks AS Networks, expires_at AS ExpiresAt, revoked_at AS RevokedAt, created_at AS CreatedAt,
        created_by AS CreatedBy, last_used_at AS LastUsedAt
        """;

    public ApiKeyDetails ToDetails() => new(
        Id, Name, Prefix, IdentityJson.Strings(Roles), IdentityJson.Strings(Regions), IdentityJson.Guids(Cooperatives),
        IdentityJson.Guids(Networks), ExpiresAt, RevokedAt, CreatedAt, CreatedBy, LastUsedAt);
}

internal static class IdentityJson
{
    public static string Write<T>(IEnumerable<T>? values) => JsonSerializer.Serialize((values ?? []).ToList());

    public static IReadOnlyList<string> Strings(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];

    public static IReadOnlyList<Guid> Guids(string json) => JsonSerializer.Deserialize<List<Guid>>(json) ?? [];
}
