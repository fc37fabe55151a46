using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.ProjectBank.Judging;

internal sealed record SetCompetitionAwardsCommand : ICommand<Result<CompetitionRanking>>
{
    [JsonIgnore]
    public Guid CompetitionId { get; init; }

    /// <summary>The whole list of awards (it replaces the previous one).</summary>
    public IReadOnlyList<AwardInput>? Awards { get; init; }
}

internal sealed record AwardInput(Guid? EntryId, int? Rank, string? PrizeLabel, decimal? Amount);

internal sealed class SetCompetitionAwardsValidator : AbstractValidator<SetCompetitionAwardsCommand>
{
    public SetCompetitionAwardsValidator()
    {
        RuleFor(x => x.Awards).NotNull().WithText("bank.awards.list_required")
            .Must(a => a is null || a.Count <= 50).WithText("bank.awards.at_most", (_, _) => [("max", 50)])
            .Must(a => a is null || a.Where(x => x?.EntryId is not null).GroupBy(x => x.EntryId).All(g => g.Count() == 1)).WithText("bank.awards.one_per_entry");
        RuleForEach(x => x.Awards).ChildRules(a =>
        {
            a.RuleFor(x => x.EntryId).NotNull().WithText("bank.awards.entry_required");
            a.RuleFor(x => x.Rank).NotNull().WithText("bank.awards.rank_required").InclusiveBetween(1, 50).WithText("bank.awards.rank_range");
            a.RuleFor(x => x.PrizeLabel).SafeText().NotEmpty().WithText("bank.awards.prize_required").MaximumLength(200);
            a.RuleFor(x => x.Amount).GreaterThanOrEqualTo(0).WithText("bank.awards.amount_negative")
                .LessThan(1_000_000_000m).WithText("bank.awards.amount_too_large", (_, _) => [("max", 1_000_000_000m)]);
        });
    }
}

/// <summary>Staff; the competition's region is checked by the handler on the row it loads.</summary>
internal sealed class SetCompetitionAwardsAuthorizer : IAuthorizer<SetCompetitionAwardsCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(SetCompetitionAwardsCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(CompetitionAccess.Staff(user));
}

/// <summary>Replaces the competition's awards with the list given and answers the ranking with them.</summary>
internal sealed class SetCompetitionAwardsHandler(DbSession db, AuditTrail audit, CurrentUser user) : ICommandHandler<SetCompetitionAwardsCommand, Result<CompetitionRanking>>
{
    public async ValueTask<Result<CompetitionRanking>> Handle(SetCompetitionAwardsCommand command, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, command.CompetitionId, cancellationToken);
        if (competition is null) return BankErrors.CompetitionNotFound();
        if (CompetitionAccess.Refuse(user, competition.RegionCode) is { } refused) return refused;
        var entries = await Entries.ListAsync(db, competition.Id, cancellationToken);
        var awards = command.Awards!;
        for (var i = 0; i < awards.Count; i++)
        {
            if (entries.All(e => e.Id != awards[i].EntryId)) return Error.Invalid($"awards[{i}].entryId", "bank.awards.entry_unknown");
        }
        await db.ExecuteAsync("DELETE FROM bank_awards WHERE competition_id = @Id", new { competition.Id }, cancellationToken);
        foreach (var a in awards)
        {
            await db.ExecuteAsync("INSERT INTO bank_awards (competition_id, entry_id, award_rank, prize_label, amount) VALUES (@C, @E, @Rank, @Label, @Amount)",
                new { C = competition.Id, E = a.EntryId, a.Rank, Label = a.PrizeLabel!.Trim(), a.Amount }, cancellationToken);
        }
        var ranking = await Jury.RankAsync(db, competition, cancellationToken);
        audit.Record("competitionAwards", competition.Id, null, awards);
        return ranking;
    }
}

internal static class SetCompetitionAwardsEndpoint
{
    public static RouteGroupBuilder MapSetCompetitionAwards(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/awards", async Task<Results<Ok<CompetitionRanking>, ProblemHttpResult>> (Guid id, SetCompetitionAwardsCommand command, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(command with { CompetitionId = id }, ct)))
            .WithName("SetCompetitionAwards")
            .RequireAuthorization()
            .WithSummary("Replaces the awards (rank, prize, amount) and returns the ranking with them.")
            .ProducesProblems(400, 401, 403, 404);
        return group;
    }
}
