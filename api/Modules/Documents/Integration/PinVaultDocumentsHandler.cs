using CoopHub.Contracts.Documents;
using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Documents.Integration;

/// <summary>The holder's module (Programs, at submission) has already decided who may pin; nothing more to check here.</summary>
internal sealed class PinVaultDocumentsAuthorizer : IAuthorizer<PinVaultDocuments>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(PinVaultDocuments message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// Answers <see cref="PinVaultDocuments"/> in the caller's transaction: one <c>doc_pins</c> row per document still in the
/// vault, holding what it is now; the purge then keeps its content (ADR 0030).
/// </summary>
internal sealed class PinVaultDocumentsHandler(DbSession db, TimeProvider clock) : ICommandHandler<PinVaultDocuments, IReadOnlyList<VaultDocumentSnapshot>>
{
    public async ValueTask<IReadOnlyList<VaultDocumentSnapshot>> Handle(PinVaultDocuments command, CancellationToken cancellationToken)
    {
        var live = await HeldDocumentRows.LiveAsync(db, command.CooperativeId, command.DocumentIds, cancellationToken);
        var now = clock.GetUtcNow();
        var pinned = new List<VaultDocumentSnapshot>();
        foreach (var row in live)
        {
            var existing = await db.QuerySingleOrDefaultAsync<PinRow>($"{PinRow.Select} WHERE holder_kind = @Kind AND holder_id = @Holder AND document_id = @Id",
                new { Kind = command.HolderKind, Holder = command.HolderId, row.Id }, cancellationToken);
            if (existing is not null)
            {
                pinned.Add(existing.ToSnapshot());
                continue;
            }
            await db.ExecuteAsync("""
                INSERT INTO doc_pins (holder_kind, holder_id, document_id, cooperative_id, kind, file_name, content_type, size_bytes, sha256, issued_on, expires_on, uploaded_at, pinned_at)
                VALUES (@HolderKind, @HolderId, @Id, @CooperativeId, @Kind, @FileName, @ContentType, @SizeBytes, @Sha256, @IssuedOn, @ExpiresOn, @UploadedAt, @PinnedAt)
                """,
                new
                {
                    command.HolderKind, command.HolderId, row.Id, row.CooperativeId, row.Kind, row.FileName, row.ContentType, row.SizeBytes, row.Sha256,
                    row.IssuedOn, row.ExpiresOn, row.UploadedAt, PinnedAt = now,
                }, cancellationToken);
            pinned.Add(row.ToSnapshot());
        }
        return pinned;
    }
}
