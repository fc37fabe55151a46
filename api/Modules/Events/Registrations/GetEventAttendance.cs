using CoopHub.Events.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Events.Registrations;

internal sealed record GetEventAttendanceQuery(Guid EventId) : IQuery<Result<Attendance>>;

internal sealed record AttendanceGroup(string Key, int Registered, int Attended);

/// <summary>Registered counts seats taken (registered or attended); present is attended plus walk-ins.</summary>
internal sealed record Attendance(Guid EventId, int? Capacity, int Registered, int Waitlisted, int Cancelled, int Attended, int WalkIns, int Present,
    IReadOnlyList<AttendanceGroup> ByRegion, AttendanceGroup WomenLed);

internal sealed class GetEventAttendanceHandler(DbSession db, CurrentUser user) : IQueryHandler<GetEventAttendanceQuery, Result<Attendance>>
{
    public async ValueTask<Result<Attendance>> Handle(GetEventAttendanceQuery query, CancellationToken cancellationToken)
    {
        var ev = await EventStore.FindAsync(db, query.EventId, cancellationToken);
        // The figures of a published event are public aggregates (no names); a draft's are its organisers'.
        if (ev is null || !EventAccess.CanSee(user, ev)) return EventStore.NotFound();
        var rows = (await db.QueryAsync<RegistrationRow>($"SELECT {RegistrationRow.Columns} FROM evt_registrations r WHERE r.event_id = @Id", new { ev.Id }, cancellationToken)).ToList();
        bool Seat(RegistrationRow r) => r.StatusValue is RegistrationStatus.Registered or RegistrationStatus.Attended;
        bool Came(RegistrationRow r) => r.StatusValue == RegistrationStatus.Attended;
        var attended = rows.Count(Came);
        return new Attendance(ev.Id, ev.Capacity, rows.Count(Seat), rows.Count(r => r.StatusValue == RegistrationStatus.Waitlisted),
            rows.Count(r => r.StatusValue == RegistrationStatus.Cancelled), attended, ev.WalkIns, attended + ev.WalkIns,
            rows.Where(Seat).GroupBy(r => r.RegionCode ?? "none").Select(g => new AttendanceGroup(g.Key, g.Count(), g.Count(Came)))
                .OrderByDescending(g => g.Registered).ThenBy(g => g.Key, StringComparer.Ordinal).ToList(),
            new AttendanceGroup("womenLed", rows.Count(r => Seat(r) && r.WomenLed == true), rows.Count(r => Came(r) && r.WomenLed == true)));
    }
}

internal static class GetEventAttendanceEndpoint
{
    public static RouteGroupBuilder MapGetEventAttendance(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/attendance", async Task<Results<Ok<Attendance>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetEventAttendanceQuery(id), ct)))
            .WithName("GetEventAttendance")
            .WithSummary("Registered, waitlisted, attended and walk-ins; by region and for women-led cooperatives.")
            .ProducesProblems(404);
        return group;
    }
}
