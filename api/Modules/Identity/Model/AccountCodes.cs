using System.Security.Cryptography;
using System.Text;
using CoopHub.Identity.SignIn;
using CoopHub.Shared.Data;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Pipeline;
using FluentValidation;

namespace CoopHub.Identity.Model;

/// <summary>What an account code proves: a password reset or a new account's address.</summary>
internal static class CodePurposes
{
    public const string Reset = "reset";
    public const string Verify = "verify";

    /// <summary>A signed-in account adds an e-mail address or a mobile number: the code proves the new address (kept in <c>address</c>).</summary>
    public const string Address = "address";
}

/// <summary>Lifetimes and limits of account codes (<c>Identity:*</c>).</summary>
internal sealed class AccountCodeOptions
{
    /// <summary>How long a password reset's link and code work (30 minutes).</summary>
    public TimeSpan ResetCodeLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a new account's verification works (24 hours).</summary>
    public TimeSpan VerificationLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long the code proving an address an account adds works (30 minutes).</summary>
    public TimeSpan AddressCodeLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Wrong codes typed before a code is burnt (5): a 6-digit code cannot be guessed in five tries.</summary>
    public int MaxCodeAttempts { get; set; } = 5;

    /// <summary>How long the code proving a claim on a cooperative works (30 minutes).</summary>
    public TimeSpan ClaimCodeLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Claims by code one account may make on one cooperative in 24 hours (3): each sends a message to the registry's contact.</summary>
    public int MaxClaimCodesPerDay { get; set; } = 3;
}

/// <summary>What proves a code: the link's <c>token</c>, or the <c>email</c> (or <c>phone</c>) and the 6-digit <c>code</c> typed.</summary>
internal interface ICodeProof : IAccountAddressFields
{
    string? Token { get; }

    string? Code { get; }
}

/// <summary>The field rules of a proof: without a token, the address and a 6-digit code are needed.</summary>
internal static class CodeProofRules
{
    public static void ApplyProofRules<T>(this AbstractValidator<T> validator)
        where T : ICodeProof
    {
        validator.When(x => string.IsNullOrEmpty(x.Token), () =>
        {
            // A proof names an account already made: its address is looked up as typed, not judged again.
            validator.EmailOrMoroccanMobile("identity.sign_in.email_or_phone_required", wellFormed: false);
            validator.RuleFor(x => x.Code).Cascade(CascadeMode.Stop).NotEmpty().WithText("identity.reset.code_required")
                .Matches("^[0-9]{6}$").WithText("identity.reset.code_format");
        });
        validator.RuleFor(x => x.Token).SafeText().MaximumLength(100);
    }
}

internal sealed class AccountCodeRow
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string Purpose { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public string CodeHash { get; set; } = "";
    public int Attempts { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    /// <summary>The address a <see cref="CodePurposes.Address"/> code proves (an e-mail as typed, or a number in E.164); null otherwise.</summary>
    public string? Address { get; set; }

    public const string Columns = """
        id AS Id, user_id AS UserId, purpose AS Purpose, token_hash AS TokenHash, code_hash AS CodeHash, attempts AS Attempts,
        expires_at AS ExpiresAt, used_at AS UsedAt, address AS Address
        """;
}

/// <summary>
/// Single-use secrets sent to an account's address (issue 19): a 256-bit token for the link and a 6-digit code to type,
/// stored only as SHA-256 hashes (the code's keyed by its row, so equal codes never hash alike). Issuing one spends the
/// account's earlier unused codes of the same purpose; checking one counts wrong codes and burns it after
/// <see cref="AccountCodeOptions.MaxCodeAttempts"/>.
/// </summary>
internal static class AccountCodes
{
    public sealed record Issued(string Token, string Code);

    public static async Task<Issued> IssueAsync(DbSession db, Guid userId, string purpose, TimeSpan lifetime, DateTimeOffset now, CancellationToken ct, string? address = null)
    {
        await db.ExecuteAsync("UPDATE idn_account_codes SET used_at = @Now WHERE user_id = @UserId AND purpose = @Purpose AND used_at IS NULL",
            new { Now = now, UserId = userId, Purpose = purpose }, ct);
        var id = Guid.NewGuid();
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var code = NewCode();
        await db.ExecuteAsync("""
            INSERT INTO idn_account_codes (id, user_id, purpose, token_hash, code_hash, attempts, expires_at, used_at, created_at, address)
            VALUES (@Id, @UserId, @Purpose, @TokenHash, @CodeHash, 0, @ExpiresAt, NULL, @Now, @Address)
            """, new { Id = id, UserId = userId, Purpose = purpose, TokenHash = Sha256(token), CodeHash = HashCode(id, code), ExpiresAt = now + lifetime, Now = now, Address = address }, ct);
        return new Issued(token, code);
    }

    /// <summary>The live code a link's token names, or null (unknown, used, expired, burnt).</summary>
    public static async Task<AccountCodeRow?> ByTokenAsync(DbSession db, string purpose, string token, DateTimeOffset now, int maxAttempts, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<AccountCodeRow>(
            $"SELECT {AccountCodeRow.Columns} FROM idn_account_codes WHERE token_hash = @TokenHash AND purpose = @Purpose", new { TokenHash = Sha256(token), Purpose = purpose }, ct);
        return row is not null && Live(row, now, maxAttempts) ? row : null;
    }

    /// <summary>
    /// The account's newest live code of this purpose when <paramref name="code"/> is it; a wrong code counts an attempt
    /// against it (and burns it at the limit). Null when there is none or the code is wrong.
    /// </summary>
    public static async Task<AccountCodeRow?> ByCodeAsync(DbSession db, Guid userId, string purpose, string code, DateTimeOffset now, int maxAttempts, CancellationToken ct)
    {
        var rows = await db.QueryAsync<AccountCodeRow>(
            $"SELECT {AccountCodeRow.Columns} FROM idn_account_codes WHERE user_id = @UserId AND purpose = @Purpose AND used_at IS NULL",
            new { UserId = userId, Purpose = purpose }, ct);
        var row = rows.Where(r => Live(r, now, maxAttempts)).OrderByDescending(r => r.ExpiresAt).FirstOrDefault();
        if (row is null) return null;
        if (Matches(row.Id, row.CodeHash, code)) return row;
        await db.ExecuteAsync("UPDATE idn_account_codes SET attempts = attempts + 1 WHERE id = @Id", new { row.Id }, ct);
        return null;
    }

    /// <summary>
    /// The live code a proof names (by its token, or by the account's address and the code, counting a wrong code), and
    /// the field to name when there is none.
    /// </summary>
    public static async Task<(AccountCodeRow? Code, string Field)> FindAsync(DbSession db, string purpose, ICodeProof proof, DateTimeOffset now, int maxAttempts, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(proof.Token)) return (await ByTokenAsync(db, purpose, proof.Token, now, maxAttempts, ct), "token");
        var userId = await db.QuerySingleOrDefaultAsync<Guid?>($"SELECT id FROM idn_users WHERE {AccountAddress.KeyMatches}", new { EmailKey = AccountAddress.Key(proof.Email, proof.Phone) }, ct);
        return (userId is { } id ? await ByCodeAsync(db, id, purpose, proof.Code!, now, maxAttempts, ct) : null, "code");
    }

    /// <summary>Spends the code (and every other unused one of the account for this purpose).</summary>
    public static Task SpendAsync(DbSession db, AccountCodeRow row, DateTimeOffset now, CancellationToken ct)
        => db.ExecuteAsync("UPDATE idn_account_codes SET used_at = @Now WHERE user_id = @UserId AND purpose = @Purpose AND used_at IS NULL",
            new { Now = now, row.UserId, row.Purpose }, ct);

    /// <summary>A fresh 6-digit code (uniform over 000000–999999).</summary>
    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The stored form of a code: SHA-256 keyed by the row that holds it, so equal codes never hash alike.</summary>
    public static string HashCode(Guid rowId, string code) => Sha256($"{rowId:N}:{code}");

    /// <summary>Whether <paramref name="code"/> is the one hashed as <paramref name="storedHash"/> for this row, in fixed time.</summary>
    public static bool Matches(Guid rowId, string storedHash, string code)
        => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(HashCode(rowId, code)));

    private static bool Live(AccountCodeRow row, DateTimeOffset now, int maxAttempts) => row.UsedAt is null && row.ExpiresAt > now && row.Attempts < maxAttempts;

    private static string Sha256(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
