using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopHub.Shared.Http;

public static class ProblemDetailsSetup
{
    public static IServiceCollection AddCoopHubProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Title ??= ProblemResults.Title(context.ProblemDetails.Status ?? 500);
            if (context.ProblemDetails.Status == StatusCodes.Status404NotFound && context.ProblemDetails.Detail is null)
            {
                context.ProblemDetails.Detail = $"Nothing is served at {context.HttpContext.Request.Method} {context.HttpContext.Request.Path}.";
            }
        });
        // After the default writer: a problem is written as application/problem+json even when the client's Accept
        // asks for something else (text/html, application/xml), rather than an empty 4xx.
        services.AddSingleton<IProblemDetailsWriter, AlwaysJsonProblemWriter>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }
}

/// <summary>The last writer of problem details: the one the contract declares, whatever the Accept header says.</summary>
internal sealed class AlwaysJsonProblemWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var services = context.HttpContext.RequestServices;
        context.ProblemDetails.Status ??= context.HttpContext.Response.StatusCode;
        services.GetService<Microsoft.Extensions.Options.IOptions<ProblemDetailsOptions>>()?.Value.CustomizeProblemDetails?.Invoke(context);
        var json = services.GetService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()?.Value.SerializerOptions;
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
            context.ProblemDetails, context.ProblemDetails.GetType(), json, "application/problem+json", context.HttpContext.RequestAborted));
    }
}

/// <summary>
/// Turns what escapes a handler into problem details: validation → 400 with fields; unreadable
/// JSON or a wrong type → 400 naming the field; oversize body → 413; anything else → 500 with no
/// exception text.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        switch (exception)
        {
            case RequestValidationException validation:
                problem = new HttpValidationProblemDetails(validation.Errors.ToDictionary(x => x.Key, x => x.Value))
                {
                    Status = StatusCodes.Status400BadRequest,
                    Detail = "One or more fields are not valid; see errors.",
                };
                problem.Extensions["code"] = validation.Code;
                if (validation.Codes.Count > 0) problem.Extensions["fieldCodes"] = validation.Codes;
                break;
            case Security.AccessDeniedException denied:
                problem = new ProblemDetails { Status = denied.Denied.Status, Detail = denied.Denied.Message };
                problem.Extensions["code"] = denied.Denied.Status == 401 ? "auth.required" : "auth.forbidden";
                break;
            case BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge:
                problem = new ProblemDetails { Status = 413, Detail = "The request body is larger than this endpoint accepts." };
                problem.Extensions["code"] = "body.too_large";
                break;
            case BadHttpRequestException bad:
                problem = DescribeBadRequest(bad);
                break;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                return true;
            default:
                logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
                problem = new ProblemDetails { Status = 500, Title = "An unexpected error occurred.", Detail = "The error was logged; quote the traceId if you report it." };
                break;
        }
        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails DescribeBadRequest(BadHttpRequestException bad)
    {
        var errors = new Dictionary<string, string[]>();
        var json = FindInner<JsonException>(bad);
        if (json is not null)
        {
            var field = JsonPathToField(json.Path);
            errors[field.Length == 0 ? "body" : field] = [field.Length == 0
                ? "The body is not valid JSON."
                : $"The value of '{field}' is not valid JSON for this field (wrong type or format)."];
        }
        else if (BindFailure().Match(bad.Message) is { Success: true } m)
        {
            var name = JsonNames.CamelCasePath(m.Groups["name"].Value);
            errors[name] = [$"'{m.Groups["value"].Value}' is not {Describe(m.Groups["type"].Value)}."];
        }
        else if (RequiredMissing().Match(bad.Message) is { Success: true } r)
        {
            errors[r.Groups["name"].Value] = [$"'{r.Groups["name"].Value}' is required."];
        }
        else if (bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            errors["body"] = ["A JSON body is required."];
        }
        else
        {
            errors["request"] = ["The request could not be read."];
        }
        var problem = new HttpValidationProblemDetails(errors)
        {
            Status = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType ? 415 : 400,
            Detail = bad.StatusCode == 415 ? "Send the body as application/json." : "The request could not be read; see errors.",
        };
        problem.Extensions["code"] = "request.malformed";
        return problem;
    }

    private static string Describe(string type) => type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>', '?') switch
    {
        "int" or "Int32" or "long" or "Int64" => "a whole number",
        "bool" or "Boolean" => "true or false",
        "DateOnly" => "a date (YYYY-MM-DD)",
        "Guid" => "an id (GUID)",
        var other => "a valid " + other,
    };

    private static string JsonPathToField(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return string.Empty;
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field;
    }

    private static T? FindInner<T>(Exception exception) where T : Exception
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is T match) return match;
        }
        return null;
    }

    [GeneratedRegex("Failed to bind parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" from \"(?<value>.*)\"")]
    private static partial Regex BindFailure();

    [GeneratedRegex("Required parameter \"[^ \"]+ (?<name>[^\"]+)\" was not provided")]
    private static partial Regex RequiredMissing();
}
