using CoopHub.Shared.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoopHub.Shared.Http;

/// <summary>
/// The one vocabulary endpoints answer with (ADR 0002): 200 with the value, 200 with the version as ETag,
/// 201 with the new resource's own URL (and its version), or the error's problem. Writes that need If-Match go
/// through <see cref="IfMatchRequirement"/>.
/// </summary>
public static class EndpointResults
{
    /// <summary>200 with the value, or the problem (also importable with <c>using static</c> as <c>Ok(result)</c>).</summary>
    public static Results<Ok<T>, ProblemHttpResult> Ok<T>(Result<T> result)
        => result.Match<Results<Ok<T>, ProblemHttpResult>>(v => TypedResults.Ok(v), e => e.ToProblem());

    /// <summary>200 with the value, or the problem.</summary>
    public static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this Result<T> result) => Ok(result);

    /// <summary>200 with the value and its version as a strong ETag, or the problem.</summary>
    public static Results<Ok<T>, ProblemHttpResult> OkWithETag<T>(this Result<T> result, HttpResponse response, Func<T, int> version)
        => result.Match<Results<Ok<T>, ProblemHttpResult>>(
            value =>
            {
                response.Headers.ETag = ETags.For(version(value));
                return TypedResults.Ok(value);
            },
            error => error.ToProblem());

    /// <summary>201 with <c>Location</c> set to the new resource's own URL (never its collection's), or the problem.</summary>
    public static Results<Created<T>, ProblemHttpResult> ToCreated<T>(this Result<T> result, Func<T, string> location)
        => result.Match<Results<Created<T>, ProblemHttpResult>>(value => TypedResults.Created(location(value), value), error => error.ToProblem());

    /// <summary>201 with the new resource's URL and its version as a strong ETag, or the problem.</summary>
    public static Results<Created<T>, ProblemHttpResult> CreatedWithETag<T>(this Result<T> result, HttpResponse response, Func<T, string> location, Func<T, int> version)
        => result.Match<Results<Created<T>, ProblemHttpResult>>(
            value =>
            {
                response.Headers.ETag = ETags.For(version(value));
                return TypedResults.Created(location(value), value);
            },
            error => error.ToProblem());
}
