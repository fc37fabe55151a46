namespace CoopHub.Documents.Model;

/// <summary>
/// A document of a cooperative's vault; its bytes are at <see cref="ContentUrl"/>, and for an image a small picture of it
/// at <see cref="ThumbnailUrl"/> (null for a PDF; an image uploaded before thumbnails gets its own on the first request).
/// </summary>
internal sealed record DocumentDetails(
    Guid Id,
    Guid CooperativeId,
    DocumentKind Kind,
    string FileName,
    string ContentType,
    long SizeBytes,
    DateOnly? IssuedOn,
    DateOnly? ExpiresOn,
    DateTimeOffset UploadedAt,
    string? UploadedBy,
    string ContentUrl,
    string? ThumbnailUrl);

/// <summary>A cooperative's vault: its documents (newest first) and how much of its quota they use.</summary>
internal sealed record CooperativeDocumentList(IReadOnlyList<DocumentDetails> Items, long UsedBytes, long QuotaBytes);
