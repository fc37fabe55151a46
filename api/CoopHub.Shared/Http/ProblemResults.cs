using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CoopHub.Shared.Http;

public static class ProblemResults
{
    public static ProblemHttpResult ToProblem(this Error error)
    {
        var status = error.Kind switch
        {
            ErrorKind.Validation => StatusCodes.Status400BadRequest,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
            ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        var problem = error.Fields is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(error.Fields.ToDictionary(x => x.Key, x => x.Value));
        problem.Status = status;
        problem.Title = Title(status);
        problem.Detail = error.Message;
        problem.Extensions["code"] = error.Code;
        foreach (var (key, value) in error.Extensions ?? new Dictionary<string, object?>()) problem.Extensions[key] = value;
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult PreconditionRequired() => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status428PreconditionRequired,
        Title = Title(StatusCodes.Status428PreconditionRequired),
        Detail = ServerText.Get("version.required"),
        Extensions = { ["code"] = "version.required" },
    });

    /// <summary>The problem's title in the reader's language, by status.</summary>
    public static string Title(int status) => status switch
    {
        400 or 401 or 403 or 404 or 405 or 409 or 412 or 413 or 415 or 422 or 428 or 429 or 500 => ServerText.Get($"problem.title.{status}"),
        _ => ServerText.Get("problem.title.other"),
    };

    /// <summary>Documents each status as problem details in the OpenAPI contract.</summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
        {
            if (status == StatusCodes.Status400BadRequest) builder.ProducesValidationProblem();
            else builder.ProducesProblem(status);
        }
        return builder;
    }
}
