using CoopHub.Documents.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CoopHub.Documents.Vault;

/// <summary>The multipart form: the file and what it is.</summary>
internal sealed class UploadCooperativeDocumentForm
{
    /// <summary>PDF, JPEG, PNG or WebP, judged from the content; at most 10 MB.</summary>
    public IFormFile? File { get; set; }

    /// <summary>statutes, registrationCertificate, onssaAuthorisation, certification, bankIdentity, attendanceSheet, photo, other.</summary>
    public string? Kind { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }
}

internal sealed record UploadCooperativeDocumentCommand(Guid CooperativeId, string? Kind, DateOnly? IssuedOn, DateOnly? ExpiresOn, string? FileName, byte[] Content)
    : ICommand<Result<DocumentDetails>>;

internal sealed class UploadCooperativeDocumentValidator : AbstractValidator<UploadCooperativeDocumentCommand>
{
    public UploadCooperativeDocumentValidator()
    {
        RuleFor(x => x.Kind).Must(k => k is not null && DocumentKinds.ByCode.ContainsKey(k)).WithText("documents.kind_unknown");
        RuleFor(x => x.ExpiresOn).Must((x, expires) => expires is null || x.IssuedOn is null || expires >= x.IssuedOn).WithText("documents.expires_before_issued");
    }
}

internal sealed class UploadCooperativeDocumentAuthorizer : IAuthorizer<UploadCooperativeDocumentCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(UploadCooperativeDocumentCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(DocumentAccess.MayHoldAVault(user));
}

/// <summary>
/// Checks the content, rewrites images, stores the bytes through the blob store and records the document; if the
/// transaction then fails, the files it wrote go again unless a committed row needs them (<see cref="UnusedBlobs"/>).
/// </summary>
internal sealed class UploadCooperativeDocumentHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user, IBlobStore blobs, DocumentOptions options,
    IDbConnectionFactory connections, ILogger<UploadCooperativeDocumentHandler> logger)
    : ICommandHandler<UploadCooperativeDocumentCommand, Result<DocumentDetails>>
{
    public async ValueTask<Result<DocumentDetails>> Handle(UploadCooperativeDocumentCommand command, CancellationToken cancellationToken)
    {
        if (await DocumentAccess.VaultOfAsync(sender, user, command.CooperativeId, cancellationToken) is null) return DocumentErrors.CooperativeNotFound();
        var prepared = DocumentContent.Prepare(command.Content, options);
        if (prepared.IsFailure) return prepared.Error!;
        var (bytes, contentType) = prepared.Value;

        var used = await db.ExecuteScalarAsync<long>(
            "SELECT COALESCE(SUM(size_bytes), 0) FROM doc_documents WHERE cooperative_id = @CooperativeId AND deleted_at IS NULL", new { command.CooperativeId }, cancellationToken);
        if (used + bytes.Length > options.QuotaBytes) return DocumentErrors.QuotaExceeded((long)Math.Ceiling(used / 1024.0), options.QuotaBytes / 1024);

        var key = await blobs.PutAsync(bytes, cancellationToken);
        var thumbnailKey = await Thumbnails.PutAsync(blobs, bytes, contentType, cancellationToken);
        UnusedBlobs.UndoOnRollback(db, connections, blobs, logger, key, thumbnailKey);
        var details = new DocumentDetails(Guid.NewGuid(), command.CooperativeId, DocumentKinds.ByCode[command.Kind!], DocumentContent.SafeFileName(command.FileName, contentType),
            contentType, bytes.Length, command.IssuedOn, command.ExpiresOn, clock.GetUtcNow(), user.Name, "", null);
        details = details with { ContentUrl = DocumentsRoutes.Content(details.Id), ThumbnailUrl = thumbnailKey is null ? null : DocumentsRoutes.Thumbnail(details.Id) };
        await db.ExecuteAsync("""
            INSERT INTO doc_documents (id, cooperative_id, kind, file_name, content_type, size_bytes, sha256, issued_on, expires_on, uploaded_at, uploaded_by, thumbnail_sha256)
            VALUES (@Id, @CooperativeId, @Kind, @FileName, @ContentType, @SizeBytes, @Sha256, @IssuedOn, @ExpiresOn, @UploadedAt, @UploadedBy, @ThumbnailSha256)
            """,
            new
            {
                details.Id, details.CooperativeId, Kind = command.Kind, details.FileName, details.ContentType, details.SizeBytes, Sha256 = key,
                details.IssuedOn, details.ExpiresOn, details.UploadedAt, details.UploadedBy, ThumbnailSha256 = thumbnailKey,
            }, cancellationToken);
        audit.Record("document", details.Id, null, details);
        return details;
    }
}

internal static class UploadCooperativeDocumentEndpoint
{
    /// <summary>The file's ceiling plus room for the form's other fields and boundaries.</summary>
    private const long FormOverhead = 64 * 1024;

    public static RouteGroupBuilder MapUploadCooperativeDocument(this RouteGroupBuilder group, DocumentOptions options)
    {
        group.MapPost("/{cooperativeId:guid}/documents", async Task<Results<Created<DocumentDetails>, ProblemHttpResult>> (
                Guid cooperativeId, [FromForm] UploadCooperativeDocumentForm form, ISender sender, CancellationToken ct) =>
            {
                if (form.File is null) return DocumentErrors.Refused("documents.file_required").ToProblem();
                if (form.File.Length > options.MaxBytes) return TooLarge(form.File.Length, options.MaxBytes);
                using var buffer = new MemoryStream((int)form.File.Length);
                await form.File.CopyToAsync(buffer, ct);
                var command = new UploadCooperativeDocumentCommand(cooperativeId, form.Kind, form.IssuedOn, form.ExpiresOn, form.File.FileName, buffer.ToArray());
                return (await sender.Send(command, ct)).ToCreated(d => DocumentsRoutes.ById(d.Id));
            })
            .WithName("UploadCooperativeDocument")
            .WithSummary("Adds a document to the cooperative's vault (multipart: file, kind, issuedOn, expiresOn); images are re-encoded without EXIF.")
            .RequireAuthorization()
            .DisableAntiforgery()
            .WithBodySizeLimit(options.MaxBytes + FormOverhead)
            .ProducesProblems(400, 401, 403, 404, 409, 413, 415);
        return group;
    }

    private static ProblemHttpResult TooLarge(long size, long limit) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = ProblemResults.Title(413),
        Detail = ServerText.Get("documents.file_too_large", ("size", (long)Math.Ceiling(size / 1024.0)), ("limit", limit / 1024)),
        Extensions = { ["code"] = "documents.file_too_large" },
    });
}
