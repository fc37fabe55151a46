namespace CoopHub.Documents.Model;

internal sealed class DocumentRow
{
    public const string Select = """
        SELECT id AS Id, cooperative_id AS CooperativeId, kind AS Kind, file_name AS FileName, content_type AS ContentType,
               size_bytes AS SizeBytes, sha256 AS Sha256, issued_on AS IssuedOn, expires_on AS ExpiresOn, uploaded_at AS UploadedAt,
               uploaded_by AS UploadedBy, deleted_at AS DeletedAt, thumbnail_sha256 AS ThumbnailSha256
        FROM doc_documents
        """;

    public Guid Id { get; init; }

    public Guid CooperativeId { get; init; }

    public string Kind { get; init; } = "";

    public string FileName { get; init; } = "";

    public string ContentType { get; init; } = "";

    public long SizeBytes { get; init; }

    public string Sha256 { get; init; } = "";

    public DateOnly? IssuedOn { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    public string? UploadedBy { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>The blob key of the image's thumbnail; null for a PDF, and for an image uploaded before thumbnails (migration 0035) until its thumbnail is first asked for.</summary>
    public string? ThumbnailSha256 { get; init; }

    public DocumentDetails ToDetails() => new(Id, CooperativeId, DocumentKinds.ByCode.GetValueOrDefault(Kind, DocumentKind.Other), FileName, ContentType, SizeBytes,
        IssuedOn, ExpiresOn, UploadedAt, UploadedBy, DocumentsRoutes.Content(Id),
        ThumbnailSha256 is not null || Thumbnails.Drawable(ContentType) ? DocumentsRoutes.Thumbnail(Id) : null);
}
