using CoopHub.Shared.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoopHub.Shared.Http;

/// <summary>
/// Writes to a versioned resource need If-Match (ADR 0002): without it the answer is 428 and the write never runs;
/// with <c>*</c> the write runs unconditionally; with a version the handler compares it (412 on a stale one).
/// </summary>
public static class IfMatchRequirement
{
    /// <summary>
    /// Runs <paramref name="write"/> with the version If-Match names (null for <c>*</c>, -1 for a value that is no
    /// version of ours) and answers 200 with the new ETag; 428 when If-Match is missing.
    /// </summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> WriteIfMatched<T>(
        this HttpRequest request, Func<int?, ValueTask<Result<T>>> write, Func<T, int> version)
    {
        var ifMatch = ETags.Read(request);
        if (!ifMatch.Present) return ProblemResults.PreconditionRequired();
        return (await write(ifMatch.Version)).OkWithETag(request.HttpContext.Response, version);
    }
}
