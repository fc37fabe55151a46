using Mediator;

namespace CoopHub.Contracts.Documents;

/// <summary>
/// Stores an uploaded file in a cooperative's vault on behalf of another module that has already decided the caller may
/// (Identity, for the registration certificate proving a claim): the same content checks, rewriting and blob store as an
/// upload to the vault, uploaded by the caller. <paramref name="Kind"/> is a vault kind (camelCase, e.g.
/// <c>registrationCertificate</c>).
/// </summary>
public sealed record StoreCooperativeDocument(Guid CooperativeId, string Kind, string? FileName, byte[] Content) : ICommand<StoredCooperativeDocument>;

/// <summary>
/// The stored document (<see cref="DocumentId"/> and its <see cref="ContentUrl"/>), or why the file was refused: the
/// vault's problem code (<c>documents.unsupported_type</c>, <c>documents.file_empty</c>, <c>documents.pdf_encrypted</c>,
/// <c>documents.image_too_large</c>, <c>documents.quota_exceeded</c>…), its text in the reader's language, and whether
/// it is a conflict (the quota) rather than a bad file.
/// </summary>
public sealed record StoredCooperativeDocument(Guid? DocumentId, string? ContentUrl, string? RefusalCode, string? RefusalText, bool Conflict)
{
    public bool Stored => DocumentId is not null;
}
