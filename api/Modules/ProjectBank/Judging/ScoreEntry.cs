using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Scoring;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.ProjectBank.Judging;

internal sealed record ScoreEntryCommand : ICommand<Result<ScoreSheet>>
{
    [JsonIgnore]
    public Guid CompetitionId { get; init; }

    [JsonIgnore]
    public Guid EntryId { get; init; }

    public IReadOnlyList<ScoreInput>? Scores { get; init; }

    public string? Comment { get; init; }
}

internal sealed record ScoreInput(string? Criterion, int? Score);

internal sealed class ScoreEntryValidator : AbstractValidator<ScoreEntryCommand>
{
    public ScoreEntryValidator()
    {
        RuleFor(x => x.Scores).NotEmpty().WithText("bank.score.every_criterion")
            .Must(s => s is null || s.Where(x => x?.Criterion is not null).GroupBy(x => x.Criterion).All(g => g.Count() == 1)).WithText("bank.score.criterion_once");
        RuleForEach(x => x.Scores).ChildRules(s =>
        {
            s.RuleFor(x => x.Criterion).SafeText().NotEmpty().WithText("bank.score.criterion_required");
            s.RuleFor(x => x.Score).NotNull().WithText("bank.score.required").InclusiveBetween(0, 10).WithText("bank.score.range");
        });
        RuleFor(x => x.Comment).SafeMultilineText().MaximumLength(2000);
    }
}

/// <summary>Signed in; the seat on the jury and the entries it names are checked by the handler on the seat it loads.</summary>
internal sealed class ScoreEntryAuthorizer : IAuthorizer<ScoreEntryCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ScoreEntryCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>A juror's sheet for an entry assigned to them, while the competition is open or judging; sending again replaces it.</summary>
internal sealed class ScoreEntryHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<ScoreEntryCommand, Result<ScoreSheet>>
{
    public async ValueTask<Result<ScoreSheet>> Handle(ScoreEntryCommand command, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, command.CompetitionId, cancellationToken);
        if (competition is null) return BankErrors.CompetitionNotFound();
        var juror = await Jury.FindJurorAsync(db, competition.Id, user, cancellationToken);
        if (juror is null) return Error.Forbidden("bank.jury.not_juror");
        if (juror.Entries is not null && !ApiJson.Guids(juror.Entries).Contains(command.EntryId)) return Error.Forbidden("bank.jury.entry_not_assigned");
        var entry = (await Entries.ListAsync(db, competition.Id, cancellationToken)).SingleOrDefault(e => e.Id == command.EntryId);
        if (entry is null) return BankErrors.EntryNotFound();
        if (entry.CooperativeId is { } coop && (user.Cooperatives.Contains(coop) || ApiJson.Guids(juror.Cooperatives).Contains(coop)))
        {
            return new Error(ErrorKind.Conflict, "jury.conflict_of_interest", ServerText.Get("bank.score.own_cooperative"));
        }
        if (competition.StatusValue is not (CompetitionStatus.Open or CompetitionStatus.Judging))
        {
            return Error.Conflict("competition.not_judging", ("status", BankText.Of(competition.StatusValue)));
        }
        var criteria = competition.CriteriaList;
        var (missing, unknown) = WeightedScore.Check(criteria.Select(c => c.Key), command.Scores!.Select(s => s.Criterion!));
        if (unknown.Count > 0) return Error.Invalid("scores", "bank.score.criteria_unknown", ("criteria", ServerText.List(unknown)));
        if (missing.Count > 0)
        {
            var names = criteria.Where(c => missing.Contains(c.Key)).Select(c => ReferenceNames.Pick(c.NameAr, c.NameFr, c.NameEn) is { Length: > 0 } name ? name : c.Key);
            return Error.Invalid("scores", "bank.score.criteria_missing", ("criteria", ServerText.List(names)));
        }
        var scores = criteria.Select(c => new JuryCriterionScore(c.Key, command.Scores!.Single(s => s.Criterion == c.Key).Score!.Value)).ToList();
        var weighted = WeightedScore.Of(criteria.Select(c => (c.Key, c.Weight)), scores.ToDictionary(s => s.Criterion, s => s.Score));
        var now = clock.GetUtcNow();
        var existing = await db.QuerySingleOrDefaultAsync<ScoreRow>($"{ScoreRow.Select} WHERE entry_id = @E AND juror_id = @J", new { E = entry.Id, J = user.Id }, cancellationToken);
        var row = new ScoreRow
        {
            Id = existing?.Id ?? Guid.NewGuid(), EntryId = entry.Id, JurorId = user.Id!.Value, Scores = ApiJson.Write(scores), WeightedScore = weighted,
            Comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim(), UpdatedAt = now,
        };
        await db.ExecuteAsync(existing is null
            ? """
              INSERT INTO bank_scores (id, entry_id, competition_id, juror_id, scores, weighted_score, comment, created_at, updated_at)
              VALUES (@Id, @EntryId, @CompetitionId, @JurorId, @Scores, @WeightedScore, @Comment, @UpdatedAt, @UpdatedAt)
              """
            : "UPDATE bank_scores SET scores = @Scores, weighted_score = @WeightedScore, comment = @Comment, updated_at = @UpdatedAt WHERE id = @Id",
            new { row.Id, row.EntryId, CompetitionId = competition.Id, row.JurorId, row.Scores, row.WeightedScore, row.Comment, row.UpdatedAt }, cancellationToken);
        audit.Record("juryScore", row.Id, existing?.ToSheet(), row.ToSheet());
        return row.ToSheet();
    }
}

internal static class ScoreEntryEndpoint
{
    public static RouteGroupBuilder MapScoreEntry(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/entries/{entryId:guid}/scores/mine", async Task<Results<Ok<ScoreSheet>, ProblemHttpResult>> (
                Guid id, Guid entryId, ScoreEntryCommand command, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(command with { CompetitionId = id, EntryId = entryId }, ct)))
            .WithName("ScoreEntry")
            .RequireAuthorization()
            .WithSummary("The caller's score sheet for an assigned entry (0–10 per criterion); sending again replaces it.")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}
