namespace CoopHub.Documents.Model;

/// <summary>
/// Where a document's bytes live, addressed by their SHA-256 (ADR 0027). The default writes files under
/// <c>Files:Root</c> (a volume every instance shares); an object store later implements the same four calls.
/// </summary>
internal interface IBlobStore
{
    /// <summary>Stores the bytes (once: the same content is the same blob) and returns their key, the lowercase hex SHA-256.</summary>
    Task<string> PutAsync(ReadOnlyMemory<byte> content, CancellationToken ct);

    /// <summary>A readable, seekable stream of the blob, or null when it is not there.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken ct);

    Task<bool> ExistsAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}
