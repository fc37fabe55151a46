using CoopHub.Events.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Time;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Events.Registrations;

internal sealed record GetRegistrationByCodeQuery(string Code) : IQuery<Result<RegistrationByCode>>;

internal sealed record RegistrationByCode(RegistrationDetails Registration, Guid EventId, string? EventTitleAr, string? EventTitleFr, string? EventTitleEn,
    DateTime StartsAt, DateTime EndsAt, EventVenue Venue, EventStatus EventStatus);

/// <summary>Anyone holding the code (the code is the credential; the route is rate-limited against guessing).</summary>
internal sealed class GetRegistrationByCodeHandler(DbSession db) : IQueryHandler<GetRegistrationByCodeQuery, Result<RegistrationByCode>>
{
    public async ValueTask<Result<RegistrationByCode>> Handle(GetRegistrationByCodeQuery query, CancellationToken cancellationToken)
    {
        var registration = await EventStore.FindByCodeAsync(db, query.Code, cancellationToken);
        if (registration is null) return EventStore.RegistrationNotFound();
        var ev = (await EventStore.FindAsync(db, registration.EventId, cancellationToken))!;
        return new RegistrationByCode(registration.ToDetails(), ev.Id, ev.TitleAr, ev.TitleFr, ev.TitleEn, Casablanca.ToLocal(ev.StartsAt), Casablanca.ToLocal(ev.EndsAt),
            ApiJson.Read<EventVenue>(ev.Venue), ev.StatusValue);
    }
}

internal static class GetRegistrationByCodeEndpoint
{
    public static RouteGroupBuilder MapGetRegistrationByCode(this RouteGroupBuilder group)
    {
        group.MapGet("/{code}", async Task<Results<Ok<RegistrationByCode>, ProblemHttpResult>> (string code, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetRegistrationByCodeQuery(code), ct)))
            .WithName("GetRegistrationByCode")
            .WithSummary("A registration and its event, by self-service code, without signing in (rate-limited).")
            .ProducesProblems(404, 429);
        return group;
    }
}
