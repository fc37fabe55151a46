using CoopHub.Contracts.Documents;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using Mediator;

namespace CoopHub.Programs.Model;

/// <summary>
/// The vault documents an application picks (ADR 0030), through the Documents contracts only: checked to be in the
/// cooperative's vault when saved, pinned at submission (the snapshot and the content are then the application's,
/// whatever the vault does later), read back through the application's path.
/// </summary>
internal static class ApplicationDocuments
{
    public static string ContentUrl(Guid applicationId, Guid documentId) => $"{ProgramsRoutes.Application(applicationId)}/documents/{documentId}/content";

    public static PickedDocument Picked(VaultDocumentSnapshot document, DateTimeOffset? pinnedAt)
        => new(document.Kind, document.FileName, document.ContentType, document.SizeBytes, document.Sha256, document.IssuedOn, document.ExpiresOn,
            document.UploadedAt, pinnedAt);

    /// <summary>The documents as answered: each picked one with the URL its viewers read it at.</summary>
    public static IReadOnlyList<ApplicationDocument> Shown(Guid applicationId, IReadOnlyList<ApplicationDocument> stored)
        => stored.Select(d => d.DocumentId is { } id && d.File is { } file ? d with { File = file with { ContentUrl = ContentUrl(applicationId, id) } } : d).ToList();

    /// <summary>
    /// The picked documents (by id) when each is in the cooperative's vault now; else a 400 on the first that is not
    /// (<c>documents[i].documentId</c>: unknown, deleted or another cooperative's get the same answer).
    /// </summary>
    public static async Task<Result<Dictionary<Guid, VaultDocumentSnapshot>>> PickedAsync(ISender sender, Guid cooperativeId, IReadOnlyList<DocumentLink>? documents, CancellationToken ct)
    {
        var ids = (documents ?? []).Where(d => d.DocumentId is not null).Select(d => d.DocumentId!.Value).Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<Guid, VaultDocumentSnapshot>();
        var found = (await sender.Send(new FindVaultDocuments(cooperativeId, ids), ct)).ToDictionary(d => d.Id);
        for (var i = 0; i < documents!.Count; i++)
        {
            if (documents[i].DocumentId is { } id && !found.ContainsKey(id)) return Unknown(i);
        }
        return found;
    }

    /// <summary>
    /// At submission: pins every picked document (in the submission's transaction) and keeps, in the application, what
    /// each is at this instant. A document deleted from the vault since it was picked is a 400 on its entry.
    /// </summary>
    public static async Task<Error?> PinAsync(ISender sender, ApplicationRow application, DateTimeOffset now, CancellationToken ct)
    {
        var stored = application.DocumentList;
        var ids = stored.Where(d => d.DocumentId is not null).Select(d => d.DocumentId!.Value).Distinct().ToList();
        if (ids.Count == 0) return null;
        var pinned = (await sender.Send(new PinVaultDocuments(DocumentHolders.Application, application.Id, application.CooperativeId, ids), ct)).ToDictionary(d => d.Id);
        for (var i = 0; i < stored.Count; i++)
        {
            if (stored[i].DocumentId is { } id && !pinned.ContainsKey(id)) return Unknown(i);
        }
        application.Documents = ApiJson.Write(stored.Select(d => d.DocumentId is { } id ? d with { File = Picked(pinned[id], now) } : d).ToList());
        return null;
    }

    private static Error Unknown(int index) => Error.Invalid($"documents[{index}].documentId", "programs.vault_document_unknown");
}
