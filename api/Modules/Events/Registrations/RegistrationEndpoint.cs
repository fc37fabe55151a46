using CoopHub.Events.Model;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Events.Registrations;

internal static class RegistrationEndpoint
{
    public static void MapRegistrations(RouteGroupBuilder events, RouteGroupBuilder api)
    {
        events.MapPost("/{id:guid}/registrations", async Task<Results<Created<CreatedRegistration>, ProblemHttpResult>> (
                Guid id, RegisterCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { EventId = id }, ct)).Match<Results<Created<CreatedRegistration>, ProblemHttpResult>>(
                    r => TypedResults.Created($"/api/v1/events/{id}/registrations", r), e => e.ToProblem()))
            .WithName("RegisterForEvent")
            .RequireAuthorization()
            .WithSummary("Registers a cooperative or a named attendee: a seat while any is left, else the waitlist in order of arrival. Returns the self-service code once.")
            .ProducesProblems(400, 401, 403, 404, 409);
        events.MapGet("/{id:guid}/registrations", async Task<Results<Ok<RegistrationPage>, ProblemHttpResult>> (
                Guid id, [AsParameters] RegistrationFilter filter, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListRegistrationsQuery { EventId = id, Status = filter.Status, Q = filter.Q, Page = filter.Page, PageSize = filter.PageSize }, ct)))
            .WithName("ListEventRegistrations")
            .RequireAuthorization()
            .WithSummary("The event's registrations in order of arrival (organisers).")
            .ProducesProblems(400, 401, 403, 404);
        events.MapPost("/{id:guid}/registrations/{registrationId:guid}/cancel", async Task<Results<Ok<CancellationResult>, ProblemHttpResult>> (
                Guid id, Guid registrationId, ISender sender, CancellationToken ct) => Ok(await sender.Send(new CancelRegistrationCommand(id, registrationId, null), ct)))
            .WithName("CancelRegistration")
            .RequireAuthorization()
            .WithSummary("Cancels a registration (the cooperative's manager or the organisers); a freed seat goes to the first waitlisted.")
            .ProducesProblems(401, 403, 404, 409);
        events.MapPost("/{id:guid}/check-in", async Task<Results<Ok<CheckInResult>, ProblemHttpResult>> (
                Guid id, CheckInCommand command, ISender sender, CancellationToken ct) => Ok(await sender.Send(command with { EventId = id }, ct)))
            .WithName("CheckIn")
            .RequireAuthorization()
            .WithSummary("Checks a participant in by code or from the list; checking in twice is not an error and counts once.")
            .ProducesProblems(400, 401, 403, 404, 409);
        events.MapGet("/{id:guid}/attendance", async Task<Results<Ok<Attendance>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetAttendanceQuery(id), ct)))
            .WithName("GetEventAttendance")
            .WithSummary("Registered, waitlisted, attended and walk-ins; by region and for women-led cooperatives.")
            .ProducesProblems(404);
        events.MapGet("/registrations/mine", async Task<Ok<IReadOnlyList<MyRegistration>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListMyRegistrationsQuery(), ct)))
            .WithName("ListMyRegistrations")
            .RequireAuthorization()
            .WithSummary("Registrations of the cooperatives the caller manages.")
            .ProducesProblems(401);

        var byCode = api.MapGroup("/registrations").WithTags("Events").RequireRateLimiting(RateLimitPolicies.CodeLookup);
        byCode.MapGet("/{code}", async Task<Results<Ok<RegistrationByCode>, ProblemHttpResult>> (string code, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetRegistrationByCodeQuery(code), ct)))
            .WithName("GetRegistrationByCode")
            .WithSummary("A registration and its event, by self-service code, without signing in (rate-limited).")
            .ProducesProblems(404, 429);
        byCode.MapPost("/{code}/cancel", async Task<Results<Ok<CancellationResult>, ProblemHttpResult>> (string code, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new CancelRegistrationCommand(null, null, code), ct)))
            .WithName("CancelRegistrationByCode")
            .WithSummary("Cancels a registration by self-service code, without signing in (rate-limited).")
            .ProducesProblems(404, 409, 429);
    }
}

internal sealed record RegistrationFilter
{
    /// <summary>registered, waitlisted, cancelled or attended.</summary>
    public string? Status { get; init; }

    public string? Q { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}
