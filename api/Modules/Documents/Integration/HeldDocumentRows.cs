using CoopHub.Contracts.Documents;
using CoopHub.Documents.Model;

namespace CoopHub.Documents.Integration;

/// <summary>
/// A pin (<c>doc_pins</c>, ADR 0030): a holder (a submitted application) keeps a document as it was when pinned, and the
/// purge keeps its content while a pin names the hash.
/// </summary>
internal sealed class PinRow
{
    public const string Select = """
        SELECT document_id AS DocumentId, cooperative_id AS CooperativeId, kind AS Kind, file_name AS FileName, content_type AS ContentType,
               size_bytes AS SizeBytes, sha256 AS Sha256, issued_on AS IssuedOn, expires_on AS ExpiresOn, uploaded_at AS UploadedAt, pinned_at AS PinnedAt
        FROM doc_pins
        """;

    public Guid DocumentId { get; init; }

    public Guid CooperativeId { get; init; }

    public string Kind { get; init; } = "";

    public string FileName { get; init; } = "";

    public string ContentType { get; init; } = "";

    public long SizeBytes { get; init; }

    public string Sha256 { get; init; } = "";

    public DateOnly? IssuedOn { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    public DateTimeOffset PinnedAt { get; init; }

    public VaultDocumentSnapshot ToSnapshot() => new(DocumentId, CooperativeId, Kind, FileName, ContentType, SizeBytes, Sha256, IssuedOn, ExpiresOn, UploadedAt);
}

internal static class HeldDocumentRows
{
    public static VaultDocumentSnapshot ToSnapshot(this DocumentRow row)
        => new(row.Id, row.CooperativeId, row.Kind, row.FileName, row.ContentType, row.SizeBytes, row.Sha256, row.IssuedOn, row.ExpiresOn, row.UploadedAt);

    /// <summary>The documents among <paramref name="ids"/> in the cooperative's vault now (not deleted), in the order asked.</summary>
    public static async Task<IReadOnlyList<DocumentRow>> LiveAsync(CoopHub.Shared.Data.DbSession db, Guid cooperativeId, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToArray();
        if (distinct.Length == 0) return [];
        // A list is expanded parameter by parameter without the Guid type handler: sent as text, as the handler would on SQLite.
        var rows = (await db.QueryAsync<DocumentRow>($"{DocumentRow.Select} WHERE cooperative_id = @CooperativeId AND deleted_at IS NULL AND id IN @Ids",
            new { CooperativeId = cooperativeId, Ids = distinct.Select(id => id.ToString("D")).ToArray() }, ct)).ToDictionary(r => r.Id);
        return distinct.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }
}
