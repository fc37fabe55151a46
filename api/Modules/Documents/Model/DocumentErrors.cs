using CoopHub.Shared.Results;

namespace CoopHub.Documents.Model;

internal static class DocumentErrors
{
    /// <summary>Unknown, deleted, or not the caller's to see: one answer, so a document's existence does not leak.</summary>
    public static Error NotFound() => Error.NotFound("documents.not_found");

    public static Error CooperativeNotFound() => Error.NotFound("documents.cooperative_not_found");

    public static Error QuotaExceeded(long usedKb, long quotaKb) => Error.Conflict("documents.quota_exceeded", ("used", usedKb), ("quota", quotaKb));

    public static Error Refused(string code, params (string Name, object? Value)[] args) => Error.Invalid("file", code, args);
}
