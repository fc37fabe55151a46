using CoopHub.Shared.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoopHub.Shared.Http;

/// <summary>Endpoint answers for results without a version: 200 with the value, or the error's problem (import with <c>using static</c>).</summary>
public static class ResultResponses
{
    public static Results<Ok<T>, ProblemHttpResult> Ok<T>(Result<T> result)
        => result.Match<Results<Ok<T>, ProblemHttpResult>>(v => TypedResults.Ok(v), e => e.ToProblem());
}
