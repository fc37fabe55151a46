using System.Security.Cryptography;
using System.Text;
using CoopHub.Shared.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace CoopHub.Identity.Model;

/// <summary>Password policy and hashing (ASP.NET Core's PasswordHasher, PBKDF2).</summary>
internal static class Passwords
{
    public const int MinimumLength = 12;

    private static readonly PasswordHasher<string> Hasher = new();

    // The most used passwords that reach 12 characters, plus the product's own name.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "qwertyuiopas", "qwerty123456", "password1234",
        "password12345", "passwordpassword", "iloveyou1234", "111111111111", "000000000000", "123123123123",
        "abcdefghijkl", "azertyuiopqs", "azerty123456", "motdepasse123", "motdepasse1234", "administrator",
        "administrateur", "welcome12345", "letmein12345", "coophub12345", "coophub123456", "cooperative123",
        "cooperative1234", "marocmaroc12", "morocco12345", "maroc1234567", "bienvenue123", "bienvenue1234",
    };

    public const int MaximumLength = 200;

    /// <summary>The password rule of every form that sets one: the first problem only, each with its code.</summary>
    public static IRuleBuilderOptions<T, string?> StrongPassword<T>(this IRuleBuilderInitial<T, string?> rule)
        => rule.Cascade(CascadeMode.Stop)
            .Must(p => !string.IsNullOrEmpty(p)).WithText("identity.password.required")
            .Must(p => p!.Length >= MinimumLength).WithText("identity.password.too_short", (_, _) => [("min", MinimumLength)])
            .Must(p => p!.Length <= MaximumLength).WithText("identity.password.too_long", (_, _) => [("max", MaximumLength)])
            .Must(p => !Common.Contains(p!)).WithText("identity.password.too_common");

    /// <summary>Why a password is refused, for an operator's configuration (the forms use <see cref="StrongPassword{T}"/>).</summary>
    public static string? Problem(string? password)
    {
        var code = password switch
        {
            null or "" => "identity.password.required",
            { Length: < MinimumLength } => "identity.password.too_short",
            { Length: > MaximumLength } => "identity.password.too_long",
            _ when Common.Contains(password) => "identity.password.too_common",
            _ => null,
        };
        return code is null ? null : ServerText.Get(code, ("min", MinimumLength), ("max", MaximumLength));
    }

    public static string Hash(string password) => Hasher.HashPassword("", password);

    public static bool Verify(string hash, string password)
        => Hasher.VerifyHashedPassword("", hash, password) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
}

/// <summary>
/// API keys look like <c>chk_&lt;prefix&gt;_&lt;secret&gt;</c>. The prefix finds the row; the secret is
/// stored as a SHA-256 hash (it is random and long, so a slow hash adds nothing).
/// </summary>
internal static class ApiKeySecrets
{
    public static (string Prefix, string Key) Generate()
    {
        var prefix = Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant();
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (prefix, $"chk_{prefix}_{secret}");
    }

    public static bool TryParse(string? key, out string prefix)
    {
        prefix = "";
        if (key is null || !key.StartsWith("chk_", StringComparison.Ordinal)) return false;
        var separator = key.IndexOf('_', 4);
        if (separator < 5 || separator == key.Length - 1) return false;
        prefix = key[4..separator];
        return prefix.Length <= 40 && key.Length - separator > 16;
    }

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool Matches(string key, string hash)
        => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(hash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
