using CoopHub.Programs.Model;
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

namespace CoopHub.Programs.Applications;

internal sealed record GetApplicationHistoryQuery(Guid Id) : IQuery<Result<IReadOnlyList<ApplicationTransition>>>;

internal sealed class GetApplicationHistoryAuthorizer : IAuthorizer<GetApplicationHistoryQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetApplicationHistoryQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>Every move of the application, oldest first, for those who may see it; what the system wrote in the reader's language.</summary>
internal sealed class GetApplicationHistoryHandler(DbSession db, CurrentUser user) : IQueryHandler<GetApplicationHistoryQuery, Result<IReadOnlyList<ApplicationTransition>>>
{
    public async ValueTask<Result<IReadOnlyList<ApplicationTransition>>> Handle(GetApplicationHistoryQuery query, CancellationToken cancellationToken)
    {
        if (await ProgramStore.FindApplicationInCallAsync(db, query.Id, cancellationToken) is not { } loaded) return ProgramStore.ApplicationNotFound(query.Id);
        if (await ApplicationAccess.ForViewerAsync(db, user, loaded, cancellationToken) is { } forbidden) return forbidden;
        var rows = await db.QueryAsync<HistoryRow>("""
            SELECT sequence AS Sequence, from_status AS FromStatus, to_status AS ToStatus, reason AS Reason, reason_code AS ReasonCode, reason_args AS ReasonArgs,
                actor AS Actor, actor_code AS ActorCode, at AS At
            FROM prog_application_history WHERE application_id = @Id ORDER BY sequence
            """, new { query.Id }, cancellationToken);
        // What the system wrote is a code with its arguments: rendered here, in the reader's language.
        return rows.Select(r => new ApplicationTransition(r.Sequence, r.FromStatus is null ? null : ApiJson.Parse<ApplicationStatus>(r.FromStatus),
            ApiJson.Parse<ApplicationStatus>(r.ToStatus), StoredReason.Read(r.Reason, r.ReasonCode, r.ReasonArgs)?.Render(),
            HistoryActor.Read(r.Actor, r.ActorCode).Render(), r.At)).ToList();
    }

    private sealed class HistoryRow
    {
        public int Sequence { get; set; }
        public string? FromStatus { get; set; }
        public string ToStatus { get; set; } = "";
        public string? Reason { get; set; }
        public string? ReasonCode { get; set; }
        public string? ReasonArgs { get; set; }
        public string Actor { get; set; } = "";
        public string? ActorCode { get; set; }
        public DateTimeOffset At { get; set; }
    }
}

internal static class GetApplicationHistoryEndpoint
{
    public static RouteGroupBuilder MapGetApplicationHistory(this RouteGroupBuilder applications)
    {
        applications.MapGet("/{id:guid}/history", async Task<Results<Ok<IReadOnlyList<ApplicationTransition>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetApplicationHistoryQuery(id), ct)))
            .WithName("GetApplicationHistory")
            .RequireAuthorization()
            .WithSummary("Every state change with who, when and why, oldest first.")
            .ProducesProblems(401, 403, 404);
        return applications;
    }
}
