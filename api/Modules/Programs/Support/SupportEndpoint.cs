using CoopHub.Programs.Model;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Programs.Support;

internal static class SupportEndpoint
{
    public static void MapSupport(this RouteGroupBuilder applications)
    {
        applications.MapGet("/{id:guid}/support", async Task<Results<Ok<ApplicationSupport>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetApplicationSupportQuery(id), ct)))
            .WithName("GetApplicationSupport")
            .RequireAuthorization()
            .WithSummary("Support delivered to the beneficiary and outcomes measured.")
            .ProducesProblems(401, 403, 404);
        applications.MapPost("/{id:guid}/support", async Task<Results<Created<SupportRecord>, ProblemHttpResult>> (
                Guid id, RecordSupportCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { ApplicationId = id }, ct)).Match<Results<Created<SupportRecord>, ProblemHttpResult>>(
                    s => TypedResults.Created($"/api/v1/applications/{id}/support", s), e => e.ToProblem()))
            .WithName("RecordSupport")
            .RequireAuthorization()
            .WithSummary("Records support delivered to a selected beneficiary (the first moves it to supported).")
            .ProducesProblems(400, 401, 403, 404, 409);
        applications.MapPost("/{id:guid}/outcomes", async Task<Results<Created<OutcomeRecord>, ProblemHttpResult>> (
                Guid id, RecordOutcomeCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { ApplicationId = id }, ct)).Match<Results<Created<OutcomeRecord>, ProblemHttpResult>>(
                    o => TypedResults.Created($"/api/v1/applications/{id}/support", o), e => e.ToProblem()))
            .WithName("RecordOutcome")
            .RequireAuthorization()
            .WithSummary("Records an outcome measurement (jobs, women's jobs, revenue…) against the program's indicators.")
            .ProducesProblems(400, 401, 403, 404, 409);
    }
}
