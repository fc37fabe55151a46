using CoopHub.Contracts.Documents;
using CoopHub.Documents.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Documents.Integration;

/// <summary>
/// Answers <see cref="OpenHeldDocument"/>: the pinned copy (what the document was at submission, its content kept
/// through deletion and purge), else the document as it is in the vault now, else null.
/// </summary>
internal sealed class OpenHeldDocumentHandler(DbSession db, IBlobStore blobs) : IQueryHandler<OpenHeldDocument, HeldDocumentContent?>
{
    public async ValueTask<HeldDocumentContent?> Handle(OpenHeldDocument query, CancellationToken cancellationToken)
    {
        var pin = await db.QuerySingleOrDefaultAsync<PinRow>(
            $"{PinRow.Select} WHERE holder_kind = @Kind AND holder_id = @Holder AND document_id = @Id AND cooperative_id = @CooperativeId",
            new { Kind = query.HolderKind, Holder = query.HolderId, Id = query.DocumentId, query.CooperativeId }, cancellationToken);
        if (pin is not null)
        {
            var pinnedContent = await blobs.OpenAsync(pin.Sha256, cancellationToken);
            return pinnedContent is null ? null : new HeldDocumentContent(pin.ToSnapshot(), pin.PinnedAt, pinnedContent);
        }
        var live = await HeldDocumentRows.LiveAsync(db, query.CooperativeId, [query.DocumentId], cancellationToken);
        if (live.Count == 0) return null;
        var content = await blobs.OpenAsync(live[0].Sha256, cancellationToken);
        return content is null ? null : new HeldDocumentContent(live[0].ToSnapshot(), null, content);
    }
}
