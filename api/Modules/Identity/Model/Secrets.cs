using System.Security.Cryptography;
using System.Text;
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

    public static string? Problem(string? password) => password switch
    {
        null or "" => "Give a password.",
        { Length: < MinimumLength } => $"A password has at least {MinimumLength} characters.",
        { Length: > 200 } => "A password has at most 200 characters.",
        _ when Common.Contains(password) => "This password is too common; choose another.",
        _ => null,
    };

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
