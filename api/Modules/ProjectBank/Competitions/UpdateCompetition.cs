using System.Text.Json.Serialization;
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
using Microsoft.AspNetCore.Routing;

namespace CoopHub.ProjectBank.Competitions;

internal sealed record UpdateCompetitionCommand : CompetitionFields, ICommand<Result<CompetitionDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateCompetitionValidator(ReferenceData reference) : CompetitionFieldsValidator<UpdateCompetitionCommand>(reference);

/// <summary>Staff; the competition's region is checked by the handler on the row it loads.</summary>
internal sealed class UpdateCompetitionAuthorizer : IAuthorizer<UpdateCompetitionCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(UpdateCompetitionCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(CompetitionAccess.Staff(user));
}

/// <summary>Replaces a competition; its status moves one step at a time: draft → open → judging → resultsPublished, or one step back.</summary>
internal sealed class UpdateCompetitionHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user) : ICommandHandler<UpdateCompetitionCommand, Result<CompetitionDetails>>
{
    private static readonly Dictionary<CompetitionStatus, CompetitionStatus[]> StatusMoves = new()
    {
        [CompetitionStatus.Draft] = [CompetitionStatus.Open],
        [CompetitionStatus.Open] = [CompetitionStatus.Judging, CompetitionStatus.Draft],
        [CompetitionStatus.Judging] = [CompetitionStatus.ResultsPublished, CompetitionStatus.Open],
        [CompetitionStatus.ResultsPublished] = [CompetitionStatus.Judging],
    };

    public async ValueTask<Result<CompetitionDetails>> Handle(UpdateCompetitionCommand command, CancellationToken cancellationToken)
    {
        var current = await BankStore.FindCompetitionAsync(db, command.Id, cancellationToken);
        if (current is null) return BankErrors.CompetitionNotFound();
        if (CompetitionAccess.Refuse(user, current.RegionCode) is { } refused) return refused;
        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return Error.PreconditionFailed();
        }
        var now = clock.GetUtcNow();
        var ev = await sender.Send(new GetEventSummary(command.EventId!.Value), cancellationToken);
        var row = await command.ToRowAsync(sender, user, ev, current.Id, current.Version + 1, current.CreatedAt, now, cancellationToken);
        if (row.IsFailure) return row.Error!;
        var to = ApiJson.Parse<CompetitionStatus>(row.Value.Status);
        if (to != current.StatusValue && !StatusMoves[current.StatusValue].Contains(to))
        {
            var allowed = StatusMoves[current.StatusValue];
            return Error.Conflict("competition.status_not_allowed", ("from", BankText.Of(current.StatusValue)), ("to", BankText.Of(to)), ("allowed", BankText.List(allowed)))
                with { Extensions = new Dictionary<string, object?> { ["allowed"] = allowed.Select(ApiJson.Api).ToList() } };
        }
        if (to == CompetitionStatus.Draft && current.EntryCount > 0) return Error.Conflict("competition.has_entries");
        var sheets = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM bank_scores WHERE competition_id = @Id", new { current.Id }, cancellationToken);
        if (sheets > 0 && (row.Value.Criteria != current.Criteria || row.Value.TieBreakCriterion != current.TieBreakCriterion))
        {
            return Error.Conflict("competition.criteria_locked", ("count", sheets));
        }
        var changed = await db.ExecuteAsync("""
            UPDATE bank_competitions SET title_ar = @TitleAr, title_fr = @TitleFr, description = @Description, event_id = @EventId, program_id = @ProgramId,
                region_code = @RegionCode, opens_at = @OpensAt, closes_at = @ClosesAt, criteria = @Criteria, tie_break_criterion = @TieBreakCriterion,
                status = @Status, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @Version - 1
            """, row.Value, cancellationToken);
        if (changed == 0) return Error.PreconditionFailed();
        if (to == CompetitionStatus.ResultsPublished && current.StatusValue != CompetitionStatus.ResultsPublished)
        {
            // The proposers hear their result (Notifications), in the transaction of the publication.
            await ResultsPublished.AnnounceAsync(db, row.Value, now, cancellationToken);
        }
        // Read back for the stored timestamps and entry count; the event is the one read above.
        var after = (await BankStore.FindCompetitionAsync(db, current.Id, cancellationToken))!.ToDetails(now, ev);
        audit.Record("competition", current.Id, null, after);
        return after;
    }
}

internal static class UpdateCompetitionEndpoint
{
    public static RouteGroupBuilder MapUpdateCompetition(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}", (Guid id, UpdateCompetitionCommand command, ISender sender, HttpRequest request, CancellationToken ct) =>
                request.WriteIfMatched(v => sender.Send(command with { Id = id, ExpectedVersion = v }, ct), c => c.Version))
            .WithName("UpdateCompetition")
            .RequireAuthorization()
            .WithSummary("Replaces a competition (open it, move it to judging, publish the results). Criteria lock once scored. Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 409, 412, 428);
        return group;
    }
}
