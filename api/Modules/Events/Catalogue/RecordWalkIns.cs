using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Events.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Events.Catalogue;

internal sealed record RecordWalkInsCommand : ICommand<Result<EventDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>People present without a registration (the manual headcount).</summary>
    public int? WalkIns { get; init; }
}

internal sealed class RecordWalkInsValidator : AbstractValidator<RecordWalkInsCommand>
{
    public RecordWalkInsValidator() => RuleFor(x => x.WalkIns).NotNull().WithText("events.walk_ins_required")
        .InclusiveBetween(0, 100_000).WithText("events.walk_ins_range");
}

/// <summary>Staff only; whether they organise this event is checked by the handler on the event it loads.</summary>
internal sealed class RecordWalkInsAuthorizer : IAuthorizer<RecordWalkInsCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RecordWalkInsCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "auth.staff_only"));
}

internal sealed class RecordWalkInsHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<RecordWalkInsCommand, Result<EventDetails>>
{
    public async ValueTask<Result<EventDetails>> Handle(RecordWalkInsCommand command, CancellationToken cancellationToken)
    {
        var current = await EventStore.FindAsync(db, command.Id, cancellationToken);
        if (current is null) return EventStore.NotFound();
        if (EventAccess.OrganiserOf(user, current.RegionCode, OrganiserAction.CountAttendance) is { } forbidden) return forbidden;
        var now = clock.GetUtcNow();
        await db.ExecuteAsync("UPDATE evt_events SET walk_ins = @WalkIns, version = version + 1, updated_at = @Now WHERE id = @Id",
            new { command.WalkIns, Now = now, command.Id }, cancellationToken);
        var after = (await EventStore.FindAsync(db, command.Id, cancellationToken))!.ToDetails(now);
        audit.Record("event", command.Id, current.ToDetails(now), after);
        return after;
    }
}

internal static class RecordWalkInsEndpoint
{
    public static RouteGroupBuilder MapRecordWalkIns(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/walk-ins", async Task<Results<Ok<EventDetails>, ProblemHttpResult>> (
                Guid id, RecordWalkInsCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command with { Id = id }, ct)).OkWithETag(response, e => e.Version))
            .WithName("RecordWalkIns")
            .RequireAuthorization()
            .WithSummary("Sets the manual headcount of people present without a registration.")
            .ProducesProblems(400, 401, 403, 404);
        return group;
    }
}
