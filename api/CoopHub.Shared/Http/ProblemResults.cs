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
        Detail = "Send the If-Match header with the ETag you read, so a concurrent change is not overwritten.",
        Extensions = { ["code"] = "version.required" },
    });

    public static string Title(int status) => status switch
    {
        400 => "The request is not valid.",
        401 => "Sign-in is required.",
        403 => "You are not allowed to do this.",
        404 => "Not found.",
        405 => "Method not allowed.",
        409 => "Conflict with the current state.",
        412 => "The resource changed since you read it.",
        413 => "The request body is too large.",
        415 => "Unsupported media type.",
        422 => "The content cannot be processed.",
        428 => "A version precondition is required.",
        429 => "Too many requests.",
        _ => "An error occurred.",
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
