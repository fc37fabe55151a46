using CoopHub.Contracts.Events;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.ProjectBank.Competitions;

internal sealed record CreateCompetitionCommand : CompetitionFields, ICommand<Result<CompetitionDetails>>;

internal sealed class CreateCompetitionValidator(ReferenceData reference) : CompetitionFieldsValidator<CreateCompetitionCommand>(reference);

/// <summary>Staff, of the region named when there is one; the event's region (the default) is checked by the handler on the event it reads.</summary>
internal sealed class CreateCompetitionAuthorizer : IAuthorizer<CreateCompetitionCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateCompetitionCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(CompetitionAccess.Staff(user) ?? (message.RegionCode is { } region ? CompetitionAccess.Run(user, region, CompetitionAccess.Act.Create) : null));
}

internal sealed class CreateCompetitionHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user) : ICommandHandler<CreateCompetitionCommand, Result<CompetitionDetails>>
{
    public async ValueTask<Result<CompetitionDetails>> Handle(CreateCompetitionCommand command, CancellationToken cancellationToken)
    {
        var ev = await sender.Send(new GetEventSummary(command.EventId!.Value), cancellationToken);
        if (ev is not null && CompetitionAccess.Refuse(user, command.RegionCode ?? ev.RegionCode, CompetitionAccess.Act.Create) is { } refused) return refused;
        var now = clock.GetUtcNow();
        var row = await command.ToRowAsync(sender, user, ev, Guid.NewGuid(), 1, now, now, cancellationToken);
        if (row.IsFailure) return row.Error!;
        await db.ExecuteAsync("""
            INSERT INTO bank_competitions (id, title_ar, title_fr, description, event_id, program_id, region_code, opens_at, closes_at, criteria, tie_break_criterion,
                status, version, created_at, updated_at)
            VALUES (@Id, @TitleAr, @TitleFr, @Description, @EventId, @ProgramId, @RegionCode, @OpensAt, @ClosesAt, @Criteria, @TieBreakCriterion,
                @Status, @Version, @CreatedAt, @UpdatedAt)
            """, row.Value, cancellationToken);
        var details = row.Value.ToDetails(now, ev);
        audit.Record("competition", details.Id, null, details);
        return details;
    }
}

internal static class CreateCompetitionEndpoint
{
    public static RouteGroupBuilder MapCreateCompetition(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Results<Created<CompetitionDetails>, ProblemHttpResult>> (CreateCompetitionCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command, ct)).CreatedWithETag(response, c => ProjectBankRoutes.Competition(c.Id), c => c.Version))
            .WithName("CreateCompetition")
            .RequireAuthorization()
            .WithSummary("Creates a competition linked to an event (staff of its region).")
            .ProducesProblems(400, 401, 403);
        return group;
    }
}
