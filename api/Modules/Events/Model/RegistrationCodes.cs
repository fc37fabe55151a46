namespace CoopHub.Events.Model;

/// <summary>
/// Self-service codes: 160 random bits in base32 (32 characters), stored only as a SHA-256 hash. A code is a credential
/// (whoever holds it sees and cancels the registration without signing in), so it is shown once and never kept in clear.
/// </summary>
internal static class RegistrationCodes
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(20);
        var chars = new char[32];
        for (var i = 0; i < 32; i++)
        {
            var bit = i * 5;
            var value = ((bytes[bit / 8] << 8) | (bit / 8 + 1 < bytes.Length ? bytes[bit / 8 + 1] : 0)) >> (11 - bit % 8) & 31;
            chars[i] = Alphabet[value];
        }
        return new string(chars);
    }

    public static string Hash(string code)
        => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));
}
