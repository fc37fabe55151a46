using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.ProjectBank.Competitions;

internal sealed record EnterCompetitionCommand : ICommand<Result<EntryDetails>>
{
    [JsonIgnore]
    public Guid CompetitionId { get; init; }

    /// <summary>A published idea.</summary>
    public Guid? IdeaId { get; init; }
}

internal sealed class EnterCompetitionValidator : AbstractValidator<EnterCompetitionCommand>
{
    public EnterCompetitionValidator() => RuleFor(x => x.IdeaId).NotNull().WithText("bank.entry.idea_required");
}

/// <summary>Signed in; whether the caller speaks for the idea is checked by the handler on the idea it loads.</summary>
internal sealed class EnterCompetitionAuthorizer : IAuthorizer<EnterCompetitionCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(EnterCompetitionCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>A published idea enters once, while the competition is open and within its window; the idea's author side or curators enter it.</summary>
internal sealed class EnterCompetitionHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user, ISender sender) : ICommandHandler<EnterCompetitionCommand, Result<EntryDetails>>
{
    public async ValueTask<Result<EntryDetails>> Handle(EnterCompetitionCommand command, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, command.CompetitionId, cancellationToken);
        if (competition is null || !CompetitionAccess.Visible(user, competition)) return BankErrors.CompetitionNotFound();
        var idea = await BankStore.FindIdeaAsync(db, command.IdeaId!.Value, cancellationToken);
        if (idea is not null && !await IdeaAccess.CanEditAsync(sender, user, idea, cancellationToken))
        {
            return Error.Forbidden("bank.entry.author_or_staff");
        }
        var now = clock.GetUtcNow();
        if (!competition.AcceptingEntriesAt(now))
        {
            return Error.Conflict("competition.closed", ("opens", Casablanca.ToLocal(competition.OpensAt)), ("closes", Casablanca.ToLocal(competition.ClosesAt)));
        }
        if (idea is null) return Error.Invalid("ideaId", "bank.entry.idea_unknown");
        if (idea.StatusValue != IdeaStatus.Published) return Error.Conflict("idea.not_published");
        var existing = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM bank_entries WHERE competition_id = @C AND idea_id = @I", new { C = competition.Id, I = idea.Id }, cancellationToken);
        if (existing > 0) return Error.Conflict("entry.duplicate");
        var id = Guid.NewGuid();
        await db.ExecuteAsync("INSERT INTO bank_entries (id, competition_id, idea_id, cooperative_id, entered_at) VALUES (@Id, @C, @I, @Coop, @At)",
            new { Id = id, C = competition.Id, I = idea.Id, Coop = idea.CooperativeId, At = now }, cancellationToken);
        var entry = (await Entries.ListAsync(db, competition.Id, cancellationToken)).Single(e => e.Id == id);
        audit.Record("competitionEntry", id, null, entry);
        return entry;
    }
}

internal static class EnterCompetitionEndpoint
{
    public static RouteGroupBuilder MapEnterCompetition(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/entries", async Task<Results<Created<EntryDetails>, ProblemHttpResult>> (Guid id, EnterCompetitionCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { CompetitionId = id }, ct)).ToCreated(e => ProjectBankRoutes.Entry(id, e.Id)))
            .WithName("EnterCompetition")
            .RequireAuthorization()
            .WithSummary("Enters a published idea while the competition is open.")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}
