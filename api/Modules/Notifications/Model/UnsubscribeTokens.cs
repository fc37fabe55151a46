using System.Buffers.Text;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using CoopHub.Shared.Data;
using Dapper;

namespace CoopHub.Notifications.Model;

/// <summary>What a valid unsubscribe token names: one recipient, one topic, one channel.</summary>
internal sealed record UnsubscribeTarget(string RecipientKind, Guid RecipientId, string Topic, string Channel);

/// <summary>
/// The signed token of an unsubscribe link: <c>{a|c}.{recipient id}.{topic}.{channel}.{HMAC-SHA256}</c>, the MAC in
/// base64url over the same four values. It never expires (a letter is read weeks later) and carries nothing secret; the
/// key is <c>Notifications:UnsubscribeKey</c> (at least 32 characters), else one generated on first use and kept in
/// <c>ntf_secrets</c>, so every instance and every restart signs and checks with the same key (ADR 0024).
/// </summary>
internal sealed class UnsubscribeTokens(NotificationOptions options, IDbConnectionFactory connections, TimeProvider clock)
{
    private const string SecretName = "unsubscribe-key";
    private byte[]? _key;

    public async Task<string> CreateAsync(UnsubscribeTarget target, CancellationToken ct)
    {
        var key = (await KeyAsync(create: true, ct))!;
        return $"{Payload(target)}.{Mac(key, target)}";
    }

    /// <summary>The target of a well-formed token whose MAC is right, else null (tampered, truncated, unknown topic or channel).</summary>
    public async Task<UnsubscribeTarget?> ReadAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200) return null;
        var parts = token.Split('.');
        if (parts.Length != 5) return null;
        var kind = parts[0] switch
        {
            "a" => RecipientKinds.Account,
            "c" => RecipientKinds.Contact,
            _ => null,
        };
        if (kind is null || !Guid.TryParseExact(parts[1], "N", out var id)) return null;
        if (!Topics.All.Contains(parts[2]) || !PreferenceChannels.All.Contains(parts[3])) return null;
        var target = new UnsubscribeTarget(kind, id, parts[2], parts[3]);
        byte[] given;
        try
        {
            given = Base64Url.DecodeFromChars(parts[4]);
        }
        catch (FormatException)
        {
            return null;
        }
        // Checking never creates the key (it may run inside a command's write transaction): no key yet, no valid link yet.
        var key = await KeyAsync(create: false, ct);
        return key is not null && CryptographicOperations.FixedTimeEquals(given, MacBytes(key, target)) ? target : null;
    }

    private static string Payload(UnsubscribeTarget t) => $"{(t.RecipientKind == RecipientKinds.Contact ? "c" : "a")}.{t.RecipientId:N}.{t.Topic}.{t.Channel}";

    private static string Mac(byte[] key, UnsubscribeTarget target) => Base64Url.EncodeToString(MacBytes(key, target));

    private static byte[] MacBytes(byte[] key, UnsubscribeTarget target)
        => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("coophub-unsubscribe-v1|" + Payload(target)));

    private async Task<byte[]?> KeyAsync(bool create, CancellationToken ct)
    {
        // Two first calls at once both read (or one inserts and the other reads) the same stored key: no lock needed.
        if (_key is not null) return _key;
        {
            if (!string.IsNullOrWhiteSpace(options.UnsubscribeKey))
            {
                if (options.UnsubscribeKey.Length < 32) throw new InvalidOperationException("Notifications:UnsubscribeKey must be at least 32 characters.");
                return _key = Encoding.UTF8.GetBytes(options.UnsubscribeKey);
            }
            await using var connection = await connections.OpenAsync(ct);
            var stored = await connection.ExecuteScalarAsync<string?>("SELECT value FROM ntf_secrets WHERE name = @Name", new { Name = SecretName });
            if (stored is null && !create) return null;
            if (stored is null)
            {
                try
                {
                    await connection.ExecuteAsync("INSERT INTO ntf_secrets (name, value, created_at) VALUES (@Name, @Value, @Now)",
                        new { Name = SecretName, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Now = clock.GetUtcNow() });
                }
                catch (DbException)
                {
                    // Another instance wrote it first: its key is the one to use.
                }
                stored = await connection.ExecuteScalarAsync<string>("SELECT value FROM ntf_secrets WHERE name = @Name", new { Name = SecretName });
            }
            return _key = Convert.FromBase64String(stored!);
        }
    }
}
