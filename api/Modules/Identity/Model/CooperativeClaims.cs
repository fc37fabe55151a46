using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Text;

namespace CoopHub.Identity.Model;

/// <summary>How a claim on a cooperative is proved: a code sent to the registry's contact, or a certificate staff check.</summary>
internal enum ClaimMethod
{
    Code,
    Proof,
}

/// <summary>Where a claim stands.</summary>
internal enum ClaimStatus
{
    /// <summary>A code was sent to the registry's contact; the claimant types it.</summary>
    AwaitingCode,

    /// <summary>A certificate was uploaded; staff of the cooperative's region decide.</summary>
    AwaitingReview,

    /// <summary>The code was typed: the account manages the cooperative.</summary>
    Proved,

    /// <summary>Staff approved: the account manages the cooperative.</summary>
    Approved,

    /// <summary>Staff refused, with a reason shown to the claimant.</summary>
    Refused,

    /// <summary>Its code expired or was burnt before it was typed, and a newer claim replaced it.</summary>
    Expired,
}

/// <summary>The claimant as staff see her in the queue.</summary>
internal sealed record ClaimantView(Guid Id, string DisplayName, string Email);

/// <summary>
/// A claim on a cooperative: where its code went (masked), or the proof's document (<see cref="ProofUrl"/> opens it for
/// staff of the region and, once bound, the cooperative's managers), and the decision.
/// </summary>
internal sealed record ClaimDetails(
    Guid Id, Guid CooperativeId, string RegistrationNumber, string? CooperativeName, string RegionCode, ClaimMethod Method, ClaimStatus Status,
    IReadOnlyList<string> CodeSentTo, DateTimeOffset? CodeExpiresAt, Guid? ProofDocumentId, string? ProofUrl, string? Reason, ClaimantView Claimant,
    DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt, string? DecidedBy);

internal sealed record ClaimPage(IReadOnlyList<ClaimDetails> Items, int Page, int PageSize, int Total);

internal sealed class ClaimRow
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid CooperativeId { get; set; }
    public string RegistrationNumber { get; set; } = "";
    public string? CooperativeName { get; set; }
    public string RegionCode { get; set; } = "";
    public string Method { get; set; } = "";
    public string Status { get; set; } = "";
    public string? CodeHash { get; set; }
    public int CodeAttempts { get; set; }
    public DateTimeOffset? CodeExpiresAt { get; set; }
    public string? CodeSentTo { get; set; }
    public Guid? ProofDocumentId { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string ClaimantName { get; set; } = "";
    public string ClaimantEmail { get; set; } = "";

    public const string Columns = """
        c.id AS Id, c.user_id AS UserId, c.cooperative_id AS CooperativeId, c.registration_number AS RegistrationNumber,
        c.cooperative_name AS CooperativeName, c.region_code AS RegionCode, c.method AS Method, c.status AS Status, c.code_hash AS CodeHash,
        c.code_attempts AS CodeAttempts, c.code_expires_at AS CodeExpiresAt, c.code_sent_to AS CodeSentTo, c.proof_document_id AS ProofDocumentId,
        c.reason AS Reason, c.created_at AS CreatedAt, c.decided_at AS DecidedAt, c.decided_by AS DecidedBy,
        u.display_name AS ClaimantName, u.email AS ClaimantEmail
        """;

    public const string From = "FROM idn_cooperative_claims c JOIN idn_users u ON u.id = c.user_id";

    public ClaimStatus StatusValue => ApiJson.Parse<ClaimStatus>(Status);

    /// <summary>Its code can still be typed: waiting, not expired, not burnt.</summary>
    public bool CodeLive(DateTimeOffset now, int maxAttempts)
        => StatusValue == ClaimStatus.AwaitingCode && CodeHash is not null && CodeExpiresAt > now && CodeAttempts < maxAttempts;

    public ClaimDetails ToDetails() => new(
        Id, CooperativeId, RegistrationNumber, CooperativeName, RegionCode, ApiJson.Parse<ClaimMethod>(Method), StatusValue, ApiJson.Strings(CodeSentTo),
        StatusValue == ClaimStatus.AwaitingCode ? CodeExpiresAt : null, ProofDocumentId,
        ProofDocumentId is { } doc ? $"{ApiRoutes.V1}/documents/{doc}/content" : null, Reason,
        new ClaimantView(UserId, ClaimantName, ClaimantEmail), CreatedAt, DecidedAt, DecidedBy);
}

/// <summary>Reading claims, and the answers every claim operation shares.</summary>
internal static class CooperativeClaims
{
    public static async Task<ClaimRow?> FindAsync(DbSession db, Guid id, CancellationToken ct)
        => await db.QuerySingleOrDefaultAsync<ClaimRow>($"SELECT {ClaimRow.Columns} {ClaimRow.From} WHERE c.id = @Id", new { Id = id }, ct);

    public static Error NotFound() => Error.NotFound("identity.claims.not_found");

    /// <summary>The name to show for a cooperative, in the reader's language when the registry has it.</summary>
    public static string NameOf(string? nameAr, string? nameFr, string language, string registrationNumber)
        => (language == "ar" ? nameAr ?? nameFr : nameFr ?? nameAr) ?? registrationNumber;

    /// <summary>An e-mail address as a claim's answer shows it: the domain only (<c>•••@gmail.com</c>).</summary>
    public static string MaskEmail(string email) => "•••" + email[email.LastIndexOf('@')..];

    /// <summary>A Moroccan mobile in E.164 as a claim's answer shows it: <c>+212 6•• ••• •12</c>.</summary>
    public static string MaskPhone(string e164)
    {
        var national = e164[4..];
        return $"+212 {national[0]}•• ••• •{national[^2..]}";
    }

    /// <summary>The registry's e-mail when it looks like an address.</summary>
    public static string? EmailOf(string? raw)
    {
        var email = raw?.Trim();
        if (string.IsNullOrEmpty(email)) return null;
        var at = email.IndexOf('@');
        return at > 0 && at < email.Length - 1 && email.IndexOf('.', at) > at && !email.Any(char.IsWhiteSpace) ? email : null;
    }

    /// <summary>The registry's phone when it is a Moroccan mobile (SMS), in E.164.</summary>
    public static string? MobileOf(string? raw)
        => PhoneText.ToMobileE164(raw) is { IsValid: true, E164: { } e164 } && (e164.StartsWith("+2126", StringComparison.Ordinal) || e164.StartsWith("+2127", StringComparison.Ordinal))
            ? e164
            : null;
}

/// <summary>
/// Binding an account to a cooperative as its manager, and unbinding it (<c>idn_users.roles</c> and
/// <c>cooperatives</c>). Either changes the session's stamp (ADR 0029): the endpoint acting for the account itself issues
/// it a fresh cookie; any other session of the account ends at its next request and signs in again.
/// </summary>
internal static class ManagerBindings
{
    public static async Task<UserRow?> BindAsync(DbSession db, Guid userId, Guid cooperativeId, DateTimeOffset now, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE id = @Id", new { Id = userId }, ct);
        if (row is null) return null;
        var roles = IdentityJson.Strings(row.Roles).ToList();
        var cooperatives = IdentityJson.Guids(row.Cooperatives).ToList();
        if (!roles.Contains(Roles.CoopManager)) roles.Add(Roles.CoopManager);
        if (!cooperatives.Contains(cooperativeId)) cooperatives.Add(cooperativeId);
        return await WriteAsync(db, row, roles, cooperatives, now, ct);
    }

    /// <summary>Null when the account is not a manager of the cooperative.</summary>
    public static async Task<UserRow?> UnbindAsync(DbSession db, Guid userId, Guid cooperativeId, DateTimeOffset now, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE id = @Id", new { Id = userId }, ct);
        if (row is null || !IsManagerOf(row, cooperativeId)) return null;
        var roles = IdentityJson.Strings(row.Roles).ToList();
        var cooperatives = IdentityJson.Guids(row.Cooperatives).Where(c => c != cooperativeId).ToList();
        if (cooperatives.Count == 0) roles.Remove(Roles.CoopManager);
        return await WriteAsync(db, row, roles, cooperatives, now, ct);
    }

    public static bool IsManagerOf(UserRow row, Guid cooperativeId)
        => IdentityJson.Strings(row.Roles).Contains(Roles.CoopManager) && IdentityJson.Guids(row.Cooperatives).Contains(cooperativeId);

    private static async Task<UserRow> WriteAsync(DbSession db, UserRow row, List<string> roles, List<Guid> cooperatives, DateTimeOffset now, CancellationToken ct)
    {
        row.Roles = IdentityJson.Write(roles);
        row.Cooperatives = IdentityJson.Write(cooperatives);
        row.UpdatedAt = now;
        await db.ExecuteAsync("UPDATE idn_users SET roles = @Roles, cooperatives = @Cooperatives, version = version + 1, updated_at = @UpdatedAt WHERE id = @Id", row, ct);
        row.Version++;
        return row;
    }
}
