
namespace CoopHub.Programs.Model;

internal static class ResultResponses
{
    /// <summary>200 with the value, or the error's problem.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<T>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult> Ok<T>(
        CoopHub.Shared.Results.Result<T> result)
        => result.Match<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<T>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>>(
            v => Microsoft.AspNetCore.Http.TypedResults.Ok(v), e => CoopHub.Shared.Http.ProblemResults.ToProblem(e));
}
