using CoopHub.Events.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Events.Registrations;

internal sealed record ListMyRegistrationsQuery : IQuery<IReadOnlyList<MyRegistration>>;

internal sealed record MyRegistration(RegistrationDetails Registration, string? EventTitleAr, string? EventTitleFr, string? EventTitleEn, DateTime StartsAt, EventStatus EventStatus);

internal sealed class ListMyRegistrationsAuthorizer : IAuthorizer<ListMyRegistrationsQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListMyRegistrationsQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>The registrations of the cooperatives the caller manages, soonest event first; each event is read once.</summary>
internal sealed class ListMyRegistrationsHandler(DbSession db, CurrentUser user) : IQueryHandler<ListMyRegistrationsQuery, IReadOnlyList<MyRegistration>>
{
    public async ValueTask<IReadOnlyList<MyRegistration>> Handle(ListMyRegistrationsQuery query, CancellationToken cancellationToken)
    {
        var result = new List<MyRegistration>();
        if (!user.Roles.Contains(Roles.CoopManager)) return result;
        var events = new Dictionary<Guid, EventRow>();
        foreach (var coop in user.Cooperatives)
        {
            var rows = await db.QueryAsync<RegistrationRow>($"SELECT {RegistrationRow.Columns} FROM evt_registrations r WHERE r.cooperative_id = @Id", new { Id = coop }, cancellationToken);
            foreach (var row in rows)
            {
                if (!events.TryGetValue(row.EventId, out var ev)) events[row.EventId] = ev = (await EventStore.FindAsync(db, row.EventId, cancellationToken))!;
                result.Add(new MyRegistration(row.ToDetails(), ev.TitleAr, ev.TitleFr, ev.TitleEn, Casablanca.ToLocal(ev.StartsAt), ev.StatusValue));
            }
        }
        return result.OrderBy(r => r.StartsAt).ToList();
    }
}

internal static class ListMyRegistrationsEndpoint
{
    public static RouteGroupBuilder MapListMyRegistrations(this RouteGroupBuilder group)
    {
        group.MapGet("/registrations/mine", async Task<Ok<IReadOnlyList<MyRegistration>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListMyRegistrationsQuery(), ct)))
            .WithName("ListMyRegistrations")
            .RequireAuthorization()
            .WithSummary("Registrations of the cooperatives the caller manages.")
            .ProducesProblems(401);
        return group;
    }
}
