using CoopHub.Programs.Applications;
using CoopHub.Programs.Calls;
using CoopHub.Programs.DemoData;
using CoopHub.Programs.Model;
using CoopHub.Programs.Programs;
using CoopHub.Programs.Reports;
using CoopHub.Programs.Reviews;
using CoopHub.Programs.Support;
using CoopHub.Shared;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Programs;

/// <summary>The module's one public entry: programs, calls, applications, reviews, support and outcomes.</summary>
public static class ProgramsModule
{
    public static IServiceCollection AddPrograms(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(ProgramsModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAuthorizersFromAssembly(typeof(ProgramsModule).Assembly);
        services.AddScoped<IDemoDataSeeder, ProgramsDemoSeeder>();
        return services;
    }

    public static RouteGroupBuilder MapPrograms(this RouteGroupBuilder api)
    {
        var programs = api.MapGroup("/programs").WithTags("Programs").MapProgramSlices();
        programs.MapGet("/{id:guid}/report", async Task<Results<Ok<ProgramReport>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetProgramReportQuery(id), ct)).Match<Results<Ok<ProgramReport>, ProblemHttpResult>>(r => TypedResults.Ok(r), e => e.ToProblem()))
            .WithName("GetProgramReport")
            .WithSummary("Donor report: applications by status, beneficiaries by region and sector, support by axis, indicators against targets.")
            .ProducesProblems(404);
        programs.MapGet("/{id:guid}/report.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetProgramReportQuery(id), ct)).Match<Results<FileContentHttpResult, ProblemHttpResult>>(
                    r => TypedResults.File(ProgramReportCsv.Write(r), "text/csv; charset=utf-8", $"{r.Code}-report.csv"), e => e.ToProblem()))
            .WithName("ExportProgramReport")
            .WithSummary("The same report as CSV (UTF-8 with BOM): section, key, count, amount, target, actual.")
            .Produces(200, contentType: "text/csv")
            .ProducesProblems(404);

        var calls = api.MapGroup("/calls").WithTags("Calls").MapCallSlices();
        calls.MapGet("/{id:guid}/eligible-cooperatives", async Task<Results<Ok<EligibleCooperativePage>, ProblemHttpResult>> (
                Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListEligibleCooperativesQuery { CallId = id, Page = page, PageSize = pageSize }, ct)))
            .WithName("ListEligibleCooperatives")
            .WithSummary("Registry cooperatives meeting every rule of the call that have not applied: whom to invite.")
            .ProducesProblems(400, 401, 403, 404);
        calls.MapPost("/{id:guid}/applications", async Task<Results<Created<ApplicationDetails>, ProblemHttpResult>> (
                Guid id, CreateApplicationCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command with { CallId = id }, ct)).CreatedWithETag(response, a => $"/api/v1/applications/{a.Id}", a => a.Version))
            .WithName("CreateApplication")
            .WithSummary("Starts a cooperative's application (a draft). One per cooperative per call; closed calls answer 409.")
            .ProducesProblems(400, 401, 403, 404, 409);
        calls.MapGet("/{id:guid}/reviewers", async Task<Results<Ok<IReadOnlyList<ReviewerAssignment>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListReviewersQuery(id), ct)))
            .WithName("ListCallReviewers")
            .WithSummary("The call's reviewers with their progress.")
            .ProducesProblems(401, 403, 404);
        calls.MapGet("/{id:guid}/reviewer-candidates", async Task<Results<Ok<IReadOnlyList<ReviewerCandidate>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListReviewerCandidatesQuery(id), ct)))
            .WithName("ListReviewerCandidates")
            .WithSummary("Staff of the program's regions who could review the call.")
            .ProducesProblems(401, 403, 404);
        calls.MapPost("/{id:guid}/reviewers", async Task<Results<Created<ReviewerAssignment>, ProblemHttpResult>> (
                Guid id, AssignReviewerCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { CallId = id }, ct)).Match<Results<Created<ReviewerAssignment>, ProblemHttpResult>>(
                    a => TypedResults.Created($"/api/v1/calls/{id}/reviewers", a), e => e.ToProblem()))
            .WithName("AssignCallReviewer")
            .WithSummary("Assigns a staff member to review the call's applications.")
            .ProducesProblems(400, 401, 403, 404, 409);
        calls.MapDelete("/{id:guid}/reviewers/{reviewerId:guid}", async Task<Results<Ok<ReviewerAssignment>, ProblemHttpResult>> (
                Guid id, Guid reviewerId, ISender sender, CancellationToken ct) => Ok(await sender.Send(new RemoveReviewerCommand(id, reviewerId), ct)))
            .WithName("RemoveCallReviewer")
            .WithSummary("Removes a reviewer who has not scored yet.")
            .ProducesProblems(401, 403, 404, 409);
        calls.MapGet("/{id:guid}/ranking", async Task<Results<Ok<CallRanking>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetCallRankingQuery(id), ct)))
            .WithName("GetCallRanking")
            .WithSummary("Applications ranked by the mean weighted score; ties go to the earlier submission.")
            .ProducesProblems(401, 403, 404);

        var applications = api.MapGroup("/applications").WithTags("Applications");
        applications.MapGet("/", async Task<Ok<ApplicationPage>> ([AsParameters] ListApplicationsQuery query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListApplications")
            .WithSummary("The applications the caller may see, newest first.")
            .ProducesProblems(400, 401);
        applications.MapGet("/{id:guid}", async Task<Results<Ok<ApplicationDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetApplicationQuery(id), ct)).OkWithETag(response, a => a.Version))
            .WithName("GetApplication")
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
            .WithSummary("Edits a draft application. Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 409, 412, 428);
        applications.MapPost("/{id:guid}/submit", async Task<Results<Ok<ApplicationDetails>, ProblemHttpResult>> (
                Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new SubmitApplicationCommand(id, ETags.Read(request).Version), ct)).OkWithETag(response, a => a.Version))
            .WithName("SubmitApplication")
            .WithSummary("Submits a draft before the deadline (Casablanca time); eligibility is checked at once. If-Match is optional.")
            .ProducesProblems(401, 403, 404, 409, 412, 422);
        applications.MapPost("/{id:guid}/eligibility", async Task<Results<Ok<ApplicationDetails>, ProblemHttpResult>> (
                Guid id, OverrideEligibilityCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command with { Id = id, ExpectedVersion = ETags.Read(request).Version }, ct)).OkWithETag(response, a => a.Version))
            .WithName("OverrideEligibility")
            .WithSummary("Staff override of the eligibility check, with a reason.")
            .ProducesProblems(400, 401, 403, 404, 409, 412);
        applications.MapPost("/{id:guid}/transitions", async Task<Results<Ok<TransitionResult>, ProblemHttpResult>> (
                Guid id, TransitionApplicationCommand command, ISender sender, HttpRequest request, CancellationToken ct) =>
                Ok(await sender.Send(command with { Id = id, ExpectedVersion = ETags.Read(request).Version }, ct)))
            .WithName("TransitionApplication")
            .WithSummary("Moves an application: review, decisions with a reason (selected within the places), support, completion, withdrawal. A withdrawn selected application promotes the first waitlisted one.")
            .ProducesProblems(400, 401, 403, 404, 409, 412);
        applications.MapGet("/{id:guid}/history", async Task<Results<Ok<IReadOnlyList<ApplicationTransition>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetApplicationHistoryQuery(id), ct)))
            .WithName("GetApplicationHistory")
            .WithSummary("Every state change with who, when and why, oldest first.")
            .ProducesProblems(401, 403, 404);
        applications.MapGet("/{id:guid}/reviews", async Task<Results<Ok<IReadOnlyList<ReviewDetails>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListApplicationReviewsQuery(id), ct)))
            .WithName("ListApplicationReviews")
            .WithSummary("The application's reviews (a reviewer sees only their own).")
            .ProducesProblems(401, 403, 404);
        applications.MapPut("/{id:guid}/reviews/mine", async Task<Results<Ok<ReviewDetails>, ProblemHttpResult>> (
                Guid id, ScoreApplicationCommand command, ISender sender, CancellationToken ct) => Ok(await sender.Send(command with { ApplicationId = id }, ct)))
            .WithName("ScoreApplication")
            .WithSummary("The caller's scores (0–10 per criterion) for an application under review; sending again replaces them.")
            .ProducesProblems(400, 401, 403, 404, 409);
        applications.MapGet("/{id:guid}/support", async Task<Results<Ok<ApplicationSupport>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetApplicationSupportQuery(id), ct)))
            .WithName("GetApplicationSupport")
            .WithSummary("Support delivered to the beneficiary and outcomes measured.")
            .ProducesProblems(401, 403, 404);
        applications.MapPost("/{id:guid}/support", async Task<Results<Created<SupportRecord>, ProblemHttpResult>> (
                Guid id, RecordSupportCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { ApplicationId = id }, ct)).Match<Results<Created<SupportRecord>, ProblemHttpResult>>(
                    s => TypedResults.Created($"/api/v1/applications/{id}/support", s), e => e.ToProblem()))
            .WithName("RecordSupport")
            .WithSummary("Records support delivered to a selected beneficiary (the first moves it to supported).")
            .ProducesProblems(400, 401, 403, 404, 409);
        applications.MapPost("/{id:guid}/outcomes", async Task<Results<Created<OutcomeRecord>, ProblemHttpResult>> (
                Guid id, RecordOutcomeCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { ApplicationId = id }, ct)).Match<Results<Created<OutcomeRecord>, ProblemHttpResult>>(
                    o => TypedResults.Created($"/api/v1/applications/{id}/support", o), e => e.ToProblem()))
            .WithName("RecordOutcome")
            .WithSummary("Records an outcome measurement (jobs, women's jobs, revenue…) against the program's indicators.")
            .ProducesProblems(400, 401, 403, 404, 409);

        api.MapGet("/reviews/queue", async Task<Ok<IReadOnlyList<ReviewQueueItem>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMyReviewQueueQuery(), ct)))
            .WithTags("Applications")
            .WithName("GetMyReviewQueue")
            .WithSummary("Applications the caller has to review.")
            .ProducesProblems(401);
        api.MapGet("/cooperatives/{id:guid}/open-calls", async Task<Results<Ok<IReadOnlyList<OpenCallForCooperative>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListOpenCallsForCooperativeQuery(id), ct)))
            .WithTags("Calls")
            .WithName("ListOpenCallsForCooperative")
            .WithSummary("Open calls with, for each, whether the cooperative is eligible and why not.")
            .ProducesProblems(404);
        return api;
    }

    private static Results<Ok<T>, ProblemHttpResult> Ok<T>(Shared.Results.Result<T> result)
        => result.Match<Results<Ok<T>, ProblemHttpResult>>(v => TypedResults.Ok(v), e => e.ToProblem());
}
