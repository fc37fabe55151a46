using System.Text;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Cooperatives.ImportCooperatives;

internal static class ImportCooperativesEndpoint
{
    public const long MaxBytes = 50L * 1024 * 1024;

    private static readonly string[] CsvTypes = ["text/csv", "application/csv", "text/plain", "application/vnd.ms-excel"];

    public static RouteGroupBuilder MapImportCooperatives(this RouteGroupBuilder group)
    {
        group.MapPost("/import", async Task<Results<Ok<CooperativeImportReport>, ProblemHttpResult>> (
                HttpRequest request, ISender sender, CancellationToken ct, bool dryRun = false) =>
            {
                var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
                if (mediaType is null || !CsvTypes.Contains(mediaType))
                {
                    return TypedResults.Problem(new ProblemDetails
                    {
                        Status = StatusCodes.Status415UnsupportedMediaType,
                        Title = ProblemResults.Title(415),
                        Detail = ServerText.Get("import.media_type"),
                        Extensions = { ["code"] = "import.media_type" },
                    });
                }
                using var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
                string text;
                try
                {
                    text = await reader.ReadToEndAsync(ct);
                }
                catch (DecoderFallbackException)
                {
                    return TypedResults.Problem(new ProblemDetails
                    {
                        Status = StatusCodes.Status400BadRequest,
                        Title = ProblemResults.Title(400),
                        Detail = ServerText.Get("import.encoding"),
                        Extensions = { ["code"] = "import.encoding" },
                    });
                }
                var result = await sender.Send(new ImportCooperativesCommand(text, dryRun), ct);
                if (result.IsFailure) return result.Error!.ToProblem();
                var report = result.Value;
                if (report.Errors.Count == 0) return TypedResults.Ok(report);
                return TypedResults.Problem(new ProblemDetails
                {
                    Status = StatusCodes.Status422UnprocessableEntity,
                    Detail = ServerText.Get("import.invalid_rows", ("count", report.Rejected)),
                    Extensions =
                    {
                        ["code"] = "import.invalid_rows",
                        ["imported"] = report.Imported,
                        ["rejected"] = report.Rejected,
                        ["dryRun"] = report.DryRun,
                        ["errors"] = report.Errors,
                    },
                });
            })
            .WithName("ImportCooperatives")
            .RequireAuthorization()
            .WithSummary("Imports cooperatives from CSV, all or nothing; dryRun=true only checks the file.")
            .Accepts<string>("text/csv")
            .WithBodySizeLimit(MaxBytes)
            .ProducesProblems(400, 401, 403, 409, 413, 415)
            .Produces<CooperativeImportProblem>(StatusCodes.Status422UnprocessableEntity, "application/problem+json");
        return group;
    }
}
