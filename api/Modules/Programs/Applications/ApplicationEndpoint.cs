using CoopHub.Programs.Model;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Programs.Applications;

internal static class ApplicationEndpoint
{
    public static void MapApplications(RouteGroupBuilder calls, RouteGroupBuilder applications)
    {
        calls.MapPost("/{id:guid}/applications", async Task<Results<Created<ApplicationDetails>, ProblemHttpResult>> (
                Guid id, CreateApplicationCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command with { CallId = id }, ct)).CreatedWithETag(response, a => $"/api/v1/applications/{a.Id}", a => a.Version))
            .WithName("CreateApplication")
            .RequireAuthorization()
            .WithSummary("Starts a cooperative's application (a draft). One per cooperative per call; closed calls answer 409.")
            .ProducesProblems(400, 401, 403, 404, 409);
        applications.MapGet("/", async Task<Ok<ApplicationPage>> ([AsParameters] ListApplicationsQuery query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListApplications")
            .RequireAuthorization()
            .WithSummary("The applications the caller may see, newest first.")
            .ProducesProblems(400, 401);
        applications.MapGet("/{id:guid}", async Task<Results<Ok<ApplicationDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetApplicationQuery(id), ct)).OkWithETag(response, a => a.Version))
            .WithName("GetApplication")
            .RequireAuthorization()
            .WithSummary("One application with its eligibility reasons.")
            .ProducesProblems(401, 403, 404);
        applications.MapPut("/{id:guid}", async Task<Results<Ok<ApplicationDetails>, ProblemHttpResult>> (
                Guid id, UpdateApplicationCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var ifMatch = ETags.Read(request);
                if (!ifMatch.Present) return ProblemResults.PreconditionRequired();
                return (await sender.Send(command with { Id = id, ExpectedVersion = ifMatch.Version }, ct)).OkWithETag(response, a => a.Version);
            })
            .WithName("UpdateApplication")
            .RequireAuthorization()
            .WithSummary("Edits a draft application. Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 409, 412, 428);
        applications.MapPost("/{id:guid}/submit", async Task<Results<Ok<ApplicationDetails>, ProblemHttpResult>> (
                Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new SubmitApplicationCommand(id, ETags.Read(request).Version), ct)).OkWithETag(response, a => a.Version))
            .WithName("SubmitApplication")
            .RequireAuthorization()
            .WithSummary("Submits a draft before the deadline (Casablanca time); eligibility is checked at once. If-Match is optional.")
            .ProducesProblems(401, 403, 404, 409, 412, 422);
        applications.MapPost("/{id:guid}/eligibility", async Task<Results<Ok<ApplicationDetails>, ProblemHttpResult>> (
                Guid id, OverrideEligibilityCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command with { Id = id, ExpectedVersion = ETags.Read(request).Version }, ct)).OkWithETag(response, a => a.Version))
            .WithName("OverrideEligibility")
            .RequireAuthorization()
            .WithSummary("Staff override of the eligibility check, with a reason.")
            .ProducesProblems(400, 401, 403, 404, 409, 412);
        applications.MapPost("/{id:guid}/transitions", async Task<Results<Ok<TransitionResult>, ProblemHttpResult>> (
                Guid id, TransitionApplicationCommand command, ISender sender, HttpRequest request, CancellationToken ct) =>
                Ok(await sender.Send(command with { Id = id, ExpectedVersion = ETags.Read(request).Version }, ct)))
            .WithName("TransitionApplication")
            .RequireAuthorization()
            .WithSummary("Moves an application: review, decisions with a reason (selected within the places), support, completion, withdrawal. A withdrawn selected application promotes the first waitlisted one.")
            .ProducesProblems(400, 401, 403, 404, 409, 412);
        applications.MapGet("/{id:guid}/history", async Task<Results<Ok<IReadOnlyList<ApplicationTransition>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetApplicationHistoryQuery(id), ct)))
            .WithName("GetApplicationHistory")
            .RequireAuthorization()
            .WithSummary("Every state change with who, when and why, oldest first.")
            .ProducesProblems(401, 403, 404);
    }
}
