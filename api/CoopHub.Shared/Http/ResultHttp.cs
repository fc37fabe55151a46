using CoopHub.Shared.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoopHub.Shared.Http;

/// <summary>The answers every versioned resource gives: the body with its version as ETag, or the problem.</summary>
public static class ResultHttp
{
    public static Results<Ok<T>, ProblemHttpResult> OkWithETag<T>(this Result<T> result, HttpResponse response, Func<T, int> version)
        => result.Match<Results<Ok<T>, ProblemHttpResult>>(
            value =>
            {
                response.Headers.ETag = ETags.For(version(value));
                return TypedResults.Ok(value);
            },
            error => error.ToProblem());

    public static Results<Created<T>, ProblemHttpResult> CreatedWithETag<T>(this Result<T> result, HttpResponse response, Func<T, string> location, Func<T, int> version)
        => result.Match<Results<Created<T>, ProblemHttpResult>>(
            value =>
            {
                response.Headers.ETag = ETags.For(version(value));
                return TypedResults.Created(location(value), value);
            },
            error => error.ToProblem());
}
