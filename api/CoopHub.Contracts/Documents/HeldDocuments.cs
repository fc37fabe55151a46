using Mediator;

namespace CoopHub.Contracts.Documents;

/// <summary>
/// A document of a cooperative's vault as another module keeps it: what it was when it was picked or pinned (ADR 0030).
/// <paramref name="Kind"/> is one of <see cref="VaultDocumentKinds.All"/>; <paramref name="Sha256"/> is the content's hash.
/// </summary>
public sealed record VaultDocumentSnapshot(
    Guid Id, Guid CooperativeId, string Kind, string FileName, string ContentType, long SizeBytes, string Sha256,
    DateOnly? IssuedOn, DateOnly? ExpiresOn, DateTimeOffset UploadedAt);

/// <summary>
/// Which of <paramref name="DocumentIds"/> are in the cooperative's vault now (not deleted): their snapshots. An unknown
/// id, a deleted document or another cooperative's is left out; the asking module decides who may pick (Documents does
/// not check the caller).
/// </summary>
public sealed record FindVaultDocuments(Guid CooperativeId, IReadOnlyList<Guid> DocumentIds) : IQuery<IReadOnlyList<VaultDocumentSnapshot>>;

/// <summary>
/// Pins documents of the cooperative's vault to a holder (an application at its submission), in the caller's
/// transaction: Documents keeps each one's content and what it was (name, kind, type, size, hash, dates) for as long
/// as the holder exists, even once the document is deleted from the vault and purged. Returns the snapshots pinned;
/// an id not in the vault now is left out (the caller refuses the whole and its transaction rolls back). Pinning again
/// for the same holder keeps the first pin.
/// </summary>
public sealed record PinVaultDocuments(string HolderKind, Guid HolderId, Guid CooperativeId, IReadOnlyList<Guid> DocumentIds)
    : ICommand<IReadOnlyList<VaultDocumentSnapshot>>;

/// <summary>
/// The content of a document a holder uses: the pinned copy when the holder pinned it, else the document as it is in the
/// cooperative's vault now (a draft's pick). Null when neither (unknown, another cooperative's, or deleted and not
/// pinned). The asking module has already decided the caller may see the holder; the stream is the caller's to dispose.
/// </summary>
public sealed record OpenHeldDocument(string HolderKind, Guid HolderId, Guid CooperativeId, Guid DocumentId) : IQuery<HeldDocumentContent?>;

public sealed record HeldDocumentContent(VaultDocumentSnapshot Document, DateTimeOffset? PinnedAt, Stream Content);

/// <summary>The holders of pins.</summary>
public static class DocumentHolders
{
    /// <summary>A program application (Programs), pinned at its submission.</summary>
    public const string Application = "application";
}

/// <summary>The kinds of vault documents, as the API writes them (camelCase); a call's required document may name one.</summary>
public static class VaultDocumentKinds
{
    public static readonly IReadOnlyList<string> All =
        ["statutes", "registrationCertificate", "onssaAuthorisation", "certification", "bankIdentity", "attendanceSheet", "photo", "other"];
}
