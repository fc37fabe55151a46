using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopHub.Shared.Localization;
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
            // The exception handler and the status-code pages wrap the request language middleware: the language is
            // set again here, from what the middleware chose or from the headers (ADR 0020).
            using var language = RequestLanguage.Enter(context.HttpContext);
            // The request's trace id: the one its log lines carry and the tracing back-end finds it by (ADR 0033).
            context.ProblemDetails.Extensions["traceId"] = Observability.Telemetry.TraceId(context.HttpContext);
            context.ProblemDetails.Title = ProblemResults.Title(context.ProblemDetails.Status ?? 500);
            if (context.ProblemDetails.Status == StatusCodes.Status404NotFound && context.ProblemDetails.Detail is null)
            {
                context.ProblemDetails.Detail = ServerText.Get("problem.not_served");
            }
            context.HttpContext.Response.Headers.ContentLanguage = ServerText.Language;
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
        using var language = RequestLanguage.Enter(httpContext);
        ProblemDetails problem;
        switch (exception)
        {
            case RequestValidationException validation:
                problem = new HttpValidationProblemDetails(validation.Errors.ToDictionary(x => x.Key, x => x.Value))
                {
                    Status = StatusCodes.Status400BadRequest,
                    Detail = ServerText.Get("problem.fields_invalid"),
                };
                problem.Extensions["code"] = validation.Code;
                if (validation.Codes.Count > 0) problem.Extensions["fieldCodes"] = validation.Codes;
                break;
            case Security.AccessDeniedException denied:
                problem = new ProblemDetails { Status = denied.Denied.Status, Detail = denied.Denied.Message };
                problem.Extensions["code"] = denied.Denied.Status == 401 ? "auth.required" : "auth.forbidden";
                break;
            case BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge:
                problem = new ProblemDetails { Status = 413, Detail = ServerText.Get("body.too_large") };
                problem.Extensions["code"] = "body.too_large";
                break;
            case BadHttpRequestException bad:
                problem = DescribeBadRequest(bad);
                break;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                return true;
            default:
                logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
                problem = new ProblemDetails { Status = 500, Detail = ServerText.Get("problem.unexpected") };
                break;
        }
        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails DescribeBadRequest(BadHttpRequestException bad)
    {
        var errors = new Dictionary<string, string[]>();
        var codes = new Dictionary<string, string[]>();
        var json = FindInner<JsonException>(bad);
        if (json is not null)
        {
            // Broken JSON (a syntax error, a truncated body) is the body's fault, whatever the path the reader reached;
            // a well-formed value of the wrong type is the field's.
            var field = json.InnerException?.GetType().Name == "JsonReaderException" ? string.Empty : JsonPathToField(json.Path);
            errors[field.Length == 0 ? "body" : field] = [ServerText.Get(field.Length == 0 ? "request.body_not_json" : "request.wrong_type")];
            codes[field.Length == 0 ? "body" : field] = [field.Length == 0 ? "request.body_not_json" : "request.wrong_type"];
        }
        else if (BindFailure().Match(bad.Message) is { Success: true } m)
        {
            var name = JsonNames.CamelCasePath(m.Groups["name"].Value);
            var code = Describe(m.Groups["type"].Value);
            errors[name] = [ServerText.Get(code, ("value", m.Groups["value"].Value))];
            codes[name] = [code];
        }
        else if (RequiredMissing().Match(bad.Message) is { Success: true } r)
        {
            errors[r.Groups["name"].Value] = [ServerText.Get("request.parameter_required")];
            codes[r.Groups["name"].Value] = ["request.parameter_required"];
        }
        else if (bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            errors["body"] = [ServerText.Get("request.body_required")];
            codes["body"] = ["request.body_required"];
        }
        else
        {
            errors["request"] = [ServerText.Get("request.unreadable")];
            codes["request"] = ["request.unreadable"];
        }
        var problem = new HttpValidationProblemDetails(errors)
        {
            Status = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType ? 415 : 400,
            Detail = ServerText.Get(bad.StatusCode == 415 ? "request.json_required" : "request.malformed"),
        };
        problem.Extensions["code"] = "request.malformed";
        problem.Extensions["fieldCodes"] = codes;
        return problem;
    }

    /// <summary>The text code that says what a query or route value should have been.</summary>
    private static string Describe(string type) => type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>', '?') switch
    {
        "int" or "Int32" or "long" or "Int64" => "request.not_a_whole_number",
        "bool" or "Boolean" => "request.not_true_or_false",
        "DateOnly" => "request.not_a_date",
        "Guid" => "request.not_an_id",
        _ => "request.not_valid",
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
