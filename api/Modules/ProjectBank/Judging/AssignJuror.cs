using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Contracts.Identity;
using CoopHub.ProjectBank.Model;
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

namespace CoopHub.ProjectBank.Judging;

internal sealed record AssignJurorCommand : ICommand<Result<JurorProgress>>
{
    [JsonIgnore]
    public Guid CompetitionId { get; init; }

    /// <summary>A staff or partner user (or API key) id.</summary>
    public Guid? JurorId { get; init; }

    /// <summary>The entries this juror scores; all entries when omitted.</summary>
    public IReadOnlyList<Guid>? Entries { get; init; }
}

internal sealed class AssignJurorValidator : AbstractValidator<AssignJurorCommand>
{
    public AssignJurorValidator()
    {
        RuleFor(x => x.JurorId).NotNull().WithText("bank.jury.juror_required");
        RuleFor(x => x.Entries).Must(e => e is null || e.Count <= 500).WithText("bank.jury.entries_at_most", (_, _) => [("max", 500)]);
    }
}

/// <summary>Staff; the competition's region is checked by the handler on the row it loads.</summary>
internal sealed class AssignJurorAuthorizer : IAuthorizer<AssignJurorCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(AssignJurorCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(CompetitionAccess.Staff(user));
}

/// <summary>Any active user or key sits on the jury, for all entries or the ones named, never one of a cooperative they manage (409).</summary>
internal sealed class AssignJurorHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user) : ICommandHandler<AssignJurorCommand, Result<JurorProgress>>
{
    public async ValueTask<Result<JurorProgress>> Handle(AssignJurorCommand command, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, command.CompetitionId, cancellationToken);
        if (competition is null) return BankErrors.CompetitionNotFound();
        if (CompetitionAccess.Refuse(user, competition.RegionCode) is { } refused) return refused;
        var actor = await sender.Send(new GetActorSummary(command.JurorId!.Value), cancellationToken);
        if (actor is null) return Error.Invalid("jurorId", "bank.jury.juror_unknown");
        if (!actor.Active) return Error.Invalid("jurorId", "bank.jury.juror_disabled", ("name", actor.Name));
        var entries = await Entries.ListAsync(db, competition.Id, cancellationToken);
        if (command.Entries is { } named)
        {
            var unknown = named.Where(n => entries.All(e => e.Id != n)).ToList();
            if (unknown.Count > 0)
            {
                // The message says how many; the ids travel beside it for a client to mark them.
                var invalid = Error.Invalid("entries", "bank.jury.entries_unknown", ("count", unknown.Count));
                return invalid with { Extensions = new Dictionary<string, object?>(invalid.Extensions!) { ["entries"] = unknown } };
            }
            var conflicts = named.Where(n => entries.Single(e => e.Id == n).CooperativeId is { } c && actor.Cooperatives.Contains(c)).ToList();
            if (conflicts.Count > 0)
            {
                return Error.Conflict("jury.conflict_of_interest", ("name", actor.Name), ("count", conflicts.Count))
                    with { Extensions = new Dictionary<string, object?> { ["entries"] = conflicts } };
            }
        }
        var already = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM bank_jurors WHERE competition_id = @C AND juror_id = @J", new { C = competition.Id, J = actor.Id }, cancellationToken);
        if (already > 0) return Error.Conflict("juror.already_assigned", ("name", actor.Name));
        await db.ExecuteAsync("""
            INSERT INTO bank_jurors (competition_id, juror_id, name, cooperatives, entries, assigned_at) VALUES (@C, @J, @Name, @Coops, @Entries, @At)
            """, new { C = competition.Id, J = actor.Id, actor.Name, Coops = ApiJson.Write(actor.Cooperatives),
            Entries = command.Entries is null ? null : ApiJson.Write(command.Entries.Distinct().ToList()), At = clock.GetUtcNow() }, cancellationToken);
        await CoopHub.Shared.Outbox.Outbox.WriteAsync(db, new CoopHub.Contracts.ProjectBank.JurorAssignedEvent(competition.Id, competition.TitleAr, competition.TitleFr, actor.Id,
            command.Entries?.Distinct().Count()), clock.GetUtcNow(), cancellationToken);
        var progress = (await Jury.ProgressAsync(db, competition.Id, cancellationToken)).Single(p => p.JurorId == actor.Id);
        audit.Record("competitionJuror", competition.Id, null, progress);
        return progress;
    }
}

internal static class AssignJurorEndpoint
{
    public static RouteGroupBuilder MapAssignJuror(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/jurors", async Task<Results<Created<JurorProgress>, ProblemHttpResult>> (Guid id, AssignJurorCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { CompetitionId = id }, ct)).ToCreated(j => ProjectBankRoutes.Juror(id, j.JurorId)))
            .WithName("AssignJuror")
            .RequireAuthorization()
            .WithSummary("Puts a staff or partner user on the jury, for all entries or the ones named (never their own cooperative's).")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}
