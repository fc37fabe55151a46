using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Programs.Model;
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

namespace CoopHub.Programs.Reviews;

internal sealed record ScoreApplicationCommand : ICommand<Result<ReviewDetails>>
{
    [JsonIgnore]
    public Guid ApplicationId { get; init; }

    /// <summary>One score from 0 to 10 for every criterion of the call.</summary>
    public IReadOnlyList<CriterionScoreInput>? Scores { get; init; }

    public string? Comment { get; init; }
}

internal sealed record CriterionScoreInput(string? Criterion, int? Score, string? Comment);

internal sealed class ScoreApplicationValidator : AbstractValidator<ScoreApplicationCommand>
{
    public ScoreApplicationValidator()
    {
        RuleFor(x => x.Scores).NotEmpty().WithText("programs.score_every_criterion_call")
            .Must(s => s is null || s.Where(x => x?.Criterion is not null).GroupBy(x => x.Criterion).All(g => g.Count() == 1)).WithText("programs.score_each_criterion_once");
        RuleForEach(x => x.Scores).ChildRules(s =>
        {
            s.RuleFor(x => x.Criterion).SafeText().NotEmpty().WithText("programs.give_criterions_key");
            s.RuleFor(x => x.Score).NotNull().WithText("programs.give_score_0_10").InclusiveBetween(0, 10).WithText("programs.score_0_10");
            s.RuleFor(x => x.Comment).SafeMultilineText().MaximumLength(2000).WithText("programs.comment_most_2000_characters");
        });
        RuleFor(x => x.Comment).SafeMultilineText().MaximumLength(2000).WithText("programs.comment_most_2000_characters");
    }
}

internal sealed class ScoreApplicationAuthorizer : IAuthorizer<ScoreApplicationCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ScoreApplicationCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>The call's assigned reviewers score an application under review (403 for anyone else, 409 on a conflict of interest).</summary>

internal sealed class ScoreApplicationHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<ScoreApplicationCommand, Result<ReviewDetails>>
{
    public async ValueTask<Result<ReviewDetails>> Handle(ScoreApplicationCommand command, CancellationToken cancellationToken)
    {
        var app = await ProgramStore.FindApplicationAsync(db, command.ApplicationId, cancellationToken);
        if (app is null) return ProgramStore.ApplicationNotFound(command.ApplicationId);
        if (!await ProgramAccess.IsReviewerAsync(db, user, app.CallId, cancellationToken))
        {
            return Error.Forbidden("programs.reviewers_only");
        }
        if (await ProgramAccess.HasConflictAsync(db, user, app.CallId, app.CooperativeId, cancellationToken))
        {
            return Error.Conflict("review.conflict_of_interest");
        }
        if (app.StatusValue != ApplicationStatus.UnderReview)
        {
            return Error.Conflict("application.not_under_review", ("status", ProgramText.Status(app.StatusValue)));
        }
        var call = (await ProgramStore.FindCallAsync(db, app.CallId, cancellationToken))!;
        var criteria = call.CriteriaList;
        var given = command.Scores!;
        var (missing, unknown) = WeightedScore.Check(criteria.Select(c => c.Key), given.Select(s => s.Criterion!));
        if (unknown.Count > 0)
        {
            return Error.Invalid("scores", "programs.scores_unknown_criteria", ("criteria", ServerText.List(unknown)));
        }
        if (missing.Count > 0)
        {
            return Error.Invalid("scores", "programs.scores_missing_criteria",
                ("criteria", ServerText.List(criteria.Where(c => missing.Contains(c.Key)).Select(c => ProgramText.Name(c.Key, c.NameAr, c.NameFr, c.NameEn)))));
        }
        var scores = criteria.Select(c => given.Single(s => s.Criterion == c.Key)).Select(s => new CriterionScore(s.Criterion!, s.Score!.Value,
            string.IsNullOrWhiteSpace(s.Comment) ? null : s.Comment.Trim())).ToList();
        var weighted = Ranking.Weighted(criteria, scores);
        var now = clock.GetUtcNow();
        var existing = await db.QuerySingleOrDefaultAsync<ReviewRow>($"SELECT {ReviewRow.Columns} FROM prog_reviews r WHERE r.application_id = @AppId AND r.reviewer_id = @Me",
            new { AppId = app.Id, Me = user.Id }, cancellationToken);
        var row = new ReviewRow
        {
            Id = existing?.Id ?? Guid.NewGuid(), ApplicationId = app.Id, CallId = app.CallId, ReviewerId = user.Id!.Value, ReviewerName = ProgramAccess.ActorName(user),
            Scores = ApiJson.Write(scores), WeightedScore = weighted, Comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim(),
            CreatedAt = existing?.CreatedAt ?? now, UpdatedAt = now,
        };
        await db.ExecuteAsync(existing is null
            ? """
              INSERT INTO prog_reviews (id, application_id, call_id, reviewer_id, reviewer_name, scores, weighted_score, comment, created_at, updated_at)
              VALUES (@Id, @ApplicationId, @CallId, @ReviewerId, @ReviewerName, @Scores, @WeightedScore, @Comment, @CreatedAt, @UpdatedAt)
              """
            : "UPDATE prog_reviews SET scores = @Scores, weighted_score = @WeightedScore, comment = @Comment, reviewer_name = @ReviewerName, updated_at = @UpdatedAt WHERE id = @Id",
            row, cancellationToken);
        var details = row.ToDetails();
        audit.Record("review", row.Id, existing?.ToDetails(), details);
        return details;
    }
}

internal static class ScoreApplicationEndpoint
{
    public static RouteGroupBuilder MapScoreApplication(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/reviews/mine", async Task<Results<Ok<ReviewDetails>, ProblemHttpResult>> (
                Guid id, ScoreApplicationCommand command, ISender sender, CancellationToken ct) => Ok(await sender.Send(command with { ApplicationId = id }, ct)))
            .WithName("ScoreApplication")
            .RequireAuthorization()
            .WithSummary("The caller's scores (0–10 per criterion) for an application under review; sending again replaces them.")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}
