using CoopHub.Contracts.Programs;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.ProjectBank.Ideas;

internal static class IdeaEndpoint
{
    public static RouteGroupBuilder MapIdeas(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<IdeaPage>> ([AsParameters] ListIdeasQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListIdeas")
            .WithSummary("The bank of project ideas: published ones for everyone, plus one's own and (for staff) those to curate. Arabic-aware search.")
            .ProducesProblems(400);
        group.MapGet("/{id:guid}", async Task<Results<Ok<IdeaDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetIdeaQuery(id), ct)).OkWithETag(response, i => i.Version))
            .WithName("GetIdea")
            .WithSummary("One idea with its financing links.")
            .ProducesProblems(404);
        group.MapPost("/", async Task<Results<Created<IdeaDetails>, ProblemHttpResult>> (CreateIdeaCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command, ct)).CreatedWithETag(response, i => $"/api/v1/ideas/{i.Id}", i => i.Version))
            .WithName("CreateIdea")
            .RequireAuthorization()
            .WithSummary("Proposes an idea (a draft) for a cooperative, or as staff.")
            .ProducesProblems(400, 401, 403);
        group.MapPut("/{id:guid}", async Task<Results<Ok<IdeaDetails>, ProblemHttpResult>> (
                Guid id, UpdateIdeaCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var ifMatch = ETags.Read(request);
                if (!ifMatch.Present) return ProblemResults.PreconditionRequired();
                return (await sender.Send(command with { Id = id, ExpectedVersion = ifMatch.Version }, ct)).OkWithETag(response, i => i.Version);
            })
            .WithName("UpdateIdea")
            .RequireAuthorization()
            .WithSummary("Edits a draft or returned idea. Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 409, 412, 428);
        group.MapPost("/{id:guid}/transitions", async Task<Results<Ok<IdeaDetails>, ProblemHttpResult>> (
                Guid id, TransitionIdeaCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command with { Id = id }, ct)).OkWithETag(response, i => i.Version))
            .WithName("TransitionIdea")
            .RequireAuthorization()
            .WithSummary("Curation: submit (author), publish, return with comments, archive (staff).")
            .ProducesProblems(400, 401, 403, 404, 409);
        group.MapPost("/{id:guid}/adoptions", async Task<Results<Created<Adoption>, ProblemHttpResult>> (Guid id, AdoptIdeaCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { IdeaId = id }, ct)).Match<Results<Created<Adoption>, ProblemHttpResult>>(
                    a => TypedResults.Created($"/api/v1/ideas/{id}/adoptions", a), e => e.ToProblem()))
            .WithName("AdoptIdea")
            .RequireAuthorization()
            .WithSummary("Records that a cooperative takes up a published idea.")
            .ProducesProblems(400, 401, 403, 404, 409);
        group.MapGet("/{id:guid}/adoptions", async Task<Results<Ok<IdeaAdoptions>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListAdoptionsQuery(id), ct)))
            .WithName("ListIdeaAdoptions")
            .WithSummary("Cooperatives taking up the idea, and how many per region.")
            .ProducesProblems(404);
        group.MapGet("/{id:guid}/financing", async Task<Results<Ok<IReadOnlyList<CallSummary>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListIdeaFinancingQuery(id), ct)))
            .WithName("ListIdeaFinancing")
            .WithSummary("Open calls of the Programs module whose sector and region rules fit the idea.")
            .ProducesProblems(404);
        group.MapPost("/{id:guid}/financing-links", async Task<Results<Ok<IdeaDetails>, ProblemHttpResult>> (Guid id, LinkIdeaToCallCommand command, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(command with { IdeaId = id }, ct)))
            .WithName("LinkIdeaToCall")
            .RequireAuthorization()
            .WithSummary("Links a published idea to an open call (staff).")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}
