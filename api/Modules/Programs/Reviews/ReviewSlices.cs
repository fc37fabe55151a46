using System.Text.Json.Serialization;
using CoopHub.Contracts.Identity;
using CoopHub.Programs.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using Mediator;
using CoopHub.Shared.Http;

namespace CoopHub.Programs.Reviews;

internal static class CallStaff
{
    /// <summary>Staff running the call's program; unknown calls pass for staff (the handler answers 404).</summary>
    public static async Task<AccessDenied?> CheckAsync(DbSession db, CurrentUser user, Guid callId, string what, CancellationToken ct)
    {
        var call = await ProgramStore.FindCallAsync(db, callId, ct);
        if (call is null) return user.IsStaff ? null : AccessDenied.For(user, $"Only staff can {what}.");
        return ProgramAccess.Manage(user, call.ProgramRegionList, what);
    }
}

internal sealed record AssignReviewerCommand : ICommand<Result<ReviewerAssignment>>
{
    [JsonIgnore]
    public Guid CallId { get; init; }

    /// <summary>A staff user (or staff API key) id.</summary>
    public Guid? ReviewerId { get; init; }
}

internal sealed class AssignReviewerValidator : AbstractValidator<AssignReviewerCommand>
{
    public AssignReviewerValidator() => RuleFor(x => x.ReviewerId).NotNull().WithMessage("Give the reviewer's user id.");
}

internal sealed class AssignReviewerAuthorizer(DbSession db) : IAuthorizer<AssignReviewerCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(AssignReviewerCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await CallStaff.CheckAsync(db, user, message.CallId, "assign reviewers", cancellationToken);
}

internal sealed class AssignReviewerHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender) : ICommandHandler<AssignReviewerCommand, Result<ReviewerAssignment>>
{
    public async ValueTask<Result<ReviewerAssignment>> Handle(AssignReviewerCommand command, CancellationToken cancellationToken)
    {
        if (await ProgramStore.FindCallAsync(db, command.CallId, cancellationToken) is null) return ProgramStore.CallNotFound(command.CallId);
        var actor = await sender.Send(new GetActorSummary(command.ReviewerId!.Value), cancellationToken);
        if (actor is null) return Error.Invalid("reviewerId", $"No user has id {command.ReviewerId}.");
        if (!actor.Active) return Error.Invalid("reviewerId", $"{actor.Name} is disabled and cannot review.");
        if (!actor.Roles.Contains(Roles.Staff) && !actor.Roles.Contains(Roles.Admin)) return Error.Invalid("reviewerId", $"{actor.Name} is not staff; reviewers are staff members.");
        var already = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM prog_reviewers WHERE call_id = @CallId AND reviewer_id = @Id",
            new { command.CallId, Id = actor.Id }, cancellationToken);
        if (already > 0) return Error.Conflict("reviewer.already_assigned", $"{actor.Name} already reviews this call.");
        var now = clock.GetUtcNow();
        await db.ExecuteAsync("""
            INSERT INTO prog_reviewers (call_id, reviewer_id, reviewer_name, cooperatives, assigned_at) VALUES (@CallId, @Id, @Name, @Cooperatives, @At)
            """, new { command.CallId, actor.Id, actor.Name, Cooperatives = ApiJson.Write(actor.Cooperatives), At = now }, cancellationToken);
        var assignment = (await ReviewerQueries.ListAsync(db, command.CallId, cancellationToken)).Single(r => r.ReviewerId == actor.Id);
        audit.Record("callReviewer", command.CallId, null, assignment);
        return assignment;
    }
}

internal sealed record RemoveReviewerCommand(Guid CallId, Guid ReviewerId) : ICommand<Result<ReviewerAssignment>>;

internal sealed class RemoveReviewerAuthorizer(DbSession db) : IAuthorizer<RemoveReviewerCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(RemoveReviewerCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await CallStaff.CheckAsync(db, user, message.CallId, "remove reviewers", cancellationToken);
}

internal sealed class RemoveReviewerHandler(DbSession db, AuditTrail audit) : ICommandHandler<RemoveReviewerCommand, Result<ReviewerAssignment>>
{
    public async ValueTask<Result<ReviewerAssignment>> Handle(RemoveReviewerCommand command, CancellationToken cancellationToken)
    {
        var assignment = (await ReviewerQueries.ListAsync(db, command.CallId, cancellationToken)).SingleOrDefault(r => r.ReviewerId == command.ReviewerId);
        if (assignment is null) return Error.NotFound("reviewer.not_assigned", "This person does not review this call.");
        if (assignment.Reviewed > 0)
        {
            return Error.Conflict("reviewer.has_reviews", $"{assignment.Name} has already scored {assignment.Reviewed} application(s); their scores count in the ranking.");
        }
        await db.ExecuteAsync("DELETE FROM prog_reviewers WHERE call_id = @CallId AND reviewer_id = @ReviewerId", command, cancellationToken);
        audit.Record("callReviewer", command.CallId, assignment, null);
        return assignment;
    }
}

internal sealed record ListReviewersQuery(Guid CallId) : IQuery<Result<IReadOnlyList<ReviewerAssignment>>>;

internal sealed class ListReviewersAuthorizer(DbSession db) : IAuthorizer<ListReviewersQuery>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(ListReviewersQuery message, CurrentUser user, CancellationToken cancellationToken)
        => await CallStaff.CheckAsync(db, user, message.CallId, "see the call's reviewers", cancellationToken);
}

internal sealed class ListReviewersHandler(DbSession db) : IQueryHandler<ListReviewersQuery, Result<IReadOnlyList<ReviewerAssignment>>>
{
    public async ValueTask<Result<IReadOnlyList<ReviewerAssignment>>> Handle(ListReviewersQuery query, CancellationToken cancellationToken)
        => await ProgramStore.FindCallAsync(db, query.CallId, cancellationToken) is null
            ? ProgramStore.CallNotFound(query.CallId)
            : (await ReviewerQueries.ListAsync(db, query.CallId, cancellationToken)).ToList();
}

internal sealed record ListReviewerCandidatesQuery(Guid CallId) : IQuery<Result<IReadOnlyList<ReviewerCandidate>>>;

internal sealed class ListReviewerCandidatesAuthorizer(DbSession db) : IAuthorizer<ListReviewerCandidatesQuery>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(ListReviewerCandidatesQuery message, CurrentUser user, CancellationToken cancellationToken)
        => await CallStaff.CheckAsync(db, user, message.CallId, "choose reviewers", cancellationToken);
}

/// <summary>Staff users of the program's regions (and national staff) not yet assigned: whom the reviewer picker offers.</summary>
internal sealed class ListReviewerCandidatesHandler(DbSession db, ISender sender) : IQueryHandler<ListReviewerCandidatesQuery, Result<IReadOnlyList<ReviewerCandidate>>>
{
    public async ValueTask<Result<IReadOnlyList<ReviewerCandidate>>> Handle(ListReviewerCandidatesQuery query, CancellationToken cancellationToken)
    {
        var call = await ProgramStore.FindCallAsync(db, query.CallId, cancellationToken);
        if (call is null) return ProgramStore.CallNotFound(query.CallId);
        var assigned = (await ReviewerQueries.ListAsync(db, call.Id, cancellationToken)).Select(r => r.ReviewerId).ToHashSet();
        var regions = call.ProgramRegionList.Count == 0 ? [null] : call.ProgramRegionList.Cast<string?>().ToList();
        var found = new Dictionary<Guid, ActorSummary>();
        foreach (var region in regions)
        {
            foreach (var actor in await sender.Send(new ListStaffActors(region), cancellationToken)) found.TryAdd(actor.Id, actor);
        }
        return found.Values.Where(a => !assigned.Contains(a.Id)).OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => new ReviewerCandidate(a.Id, a.Name, a.Regions)).ToList();
    }
}

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
        RuleFor(x => x.Scores).NotEmpty().WithMessage("Score every criterion of the call.")
            .Must(s => s is null || s.Where(x => x?.Criterion is not null).GroupBy(x => x.Criterion).All(g => g.Count() == 1)).WithMessage("Score each criterion once.");
        RuleForEach(x => x.Scores).ChildRules(s =>
        {
            s.RuleFor(x => x.Criterion).SafeText().NotEmpty().WithMessage("Give the criterion's key.");
            s.RuleFor(x => x.Score).NotNull().WithMessage("Give a score from 0 to 10.").InclusiveBetween(0, 10).WithMessage("A score is from 0 to 10.");
            s.RuleFor(x => x.Comment).SafeMultilineText().MaximumLength(2000).WithMessage("A comment has at most 2000 characters.");
        });
        RuleFor(x => x.Comment).SafeMultilineText().MaximumLength(2000).WithMessage("A comment has at most 2000 characters.");
    }
}

internal sealed class ScoreApplicationAuthorizer(DbSession db) : IAuthorizer<ScoreApplicationCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(ScoreApplicationCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated) return AccessDenied.SignInRequired;
        var app = await ProgramStore.FindApplicationAsync(db, message.ApplicationId, cancellationToken);
        if (app is null) return null;
        return await ProgramAccess.IsReviewerAsync(db, user, app.CallId, cancellationToken) ? null
            : AccessDenied.Forbidden("Only the call's assigned reviewers can score its applications.");
    }
}

internal sealed class ScoreApplicationHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<ScoreApplicationCommand, Result<ReviewDetails>>
{
    public async ValueTask<Result<ReviewDetails>> Handle(ScoreApplicationCommand command, CancellationToken cancellationToken)
    {
        var app = await ProgramStore.FindApplicationAsync(db, command.ApplicationId, cancellationToken);
        if (app is null) return ProgramStore.ApplicationNotFound(command.ApplicationId);
        if (await ProgramAccess.HasConflictAsync(db, user, app.CallId, app.CooperativeId, cancellationToken))
        {
            return Error.Conflict("review.conflict_of_interest", "You manage this cooperative, so you cannot review its application.");
        }
        if (app.StatusValue != ApplicationStatus.UnderReview)
        {
            return Error.Conflict("application.not_under_review", $"The application is {ApiJson.Api(app.StatusValue)}; scores are given while it is under review.");
        }
        var call = (await ProgramStore.FindCallAsync(db, app.CallId, cancellationToken))!;
        var criteria = call.CriteriaList;
        var given = command.Scores!;
        var (missing, unknown) = CoopHub.Shared.Scoring.WeightedScore.Check(criteria.Select(c => c.Key), given.Select(s => s.Criterion!));
        if (unknown.Count > 0 || missing.Count > 0) return Error.Invalid("scores", CoopHub.Shared.Scoring.WeightedScore.Describe(missing, unknown));
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

internal sealed record ListApplicationReviewsQuery(Guid ApplicationId) : IQuery<Result<IReadOnlyList<ReviewDetails>>>;

internal sealed class ListApplicationReviewsAuthorizer(DbSession db) : IAuthorizer<ListApplicationReviewsQuery>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(ListApplicationReviewsQuery message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated) return AccessDenied.SignInRequired;
        var app = await ProgramStore.FindApplicationAsync(db, message.ApplicationId, cancellationToken);
        if (app is null) return null;
        var call = (await ProgramStore.FindCallAsync(db, app.CallId, cancellationToken))!;
        if (ProgramAccess.CanManage(user, call.ProgramRegionList)) return null;
        return await ProgramAccess.IsReviewerAsync(db, user, app.CallId, cancellationToken) && !await ProgramAccess.HasConflictAsync(db, user, app.CallId, app.CooperativeId, cancellationToken)
            ? null
            : AccessDenied.Forbidden("Only staff running the program and the call's reviewers can see reviews.");
    }
}

/// <summary>Staff running the program see every review; a reviewer sees only their own.</summary>
internal sealed class ListApplicationReviewsHandler(DbSession db, CurrentUser user) : IQueryHandler<ListApplicationReviewsQuery, Result<IReadOnlyList<ReviewDetails>>>
{
    public async ValueTask<Result<IReadOnlyList<ReviewDetails>>> Handle(ListApplicationReviewsQuery query, CancellationToken cancellationToken)
    {
        var app = await ProgramStore.FindApplicationAsync(db, query.ApplicationId, cancellationToken);
        if (app is null) return ProgramStore.ApplicationNotFound(query.ApplicationId);
        var call = (await ProgramStore.FindCallAsync(db, app.CallId, cancellationToken))!;
        var all = ProgramAccess.CanManage(user, call.ProgramRegionList);
        var rows = await db.QueryAsync<ReviewRow>($"SELECT {ReviewRow.Columns} FROM prog_reviews r WHERE r.application_id = @Id ORDER BY r.created_at, r.id",
            new { Id = app.Id }, cancellationToken);
        return rows.Where(r => all || r.ReviewerId == user.Id).Select(r => r.ToDetails()).ToList();
    }
}

internal sealed record GetCallRankingQuery(Guid CallId) : IQuery<Result<CallRanking>>;

internal sealed class GetCallRankingAuthorizer(DbSession db) : IAuthorizer<GetCallRankingQuery>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(GetCallRankingQuery message, CurrentUser user, CancellationToken cancellationToken)
        => await CallStaff.CheckAsync(db, user, message.CallId, "see the ranking", cancellationToken);
}

internal sealed class GetCallRankingHandler(DbSession db) : IQueryHandler<GetCallRankingQuery, Result<CallRanking>>
{
    public async ValueTask<Result<CallRanking>> Handle(GetCallRankingQuery query, CancellationToken cancellationToken)
    {
        var call = await ProgramStore.FindCallAsync(db, query.CallId, cancellationToken);
        if (call is null) return ProgramStore.CallNotFound(query.CallId);
        var items = await Ranking.ComputeAsync(db, call, cancellationToken);
        return new CallRanking(call.Id, call.Places, await ApplicationFlow.AwardedCountAsync(db, call.Id, cancellationToken), items);
    }
}

internal sealed record ReviewQueueItem(Guid ApplicationId, Guid CallId, string? CallTitleAr, string? CallTitleFr, string? CooperativeNameAr, string? CooperativeNameFr,
    ApplicationStatus Status, decimal? MyScore);

internal sealed record GetMyReviewQueueQuery : IQuery<IReadOnlyList<ReviewQueueItem>>;

internal sealed class GetMyReviewQueueAuthorizer : IAuthorizer<GetMyReviewQueueQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetMyReviewQueueQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>What the caller has to review: every application under review in the calls they are assigned to, minus their own cooperatives'.</summary>
internal sealed class GetMyReviewQueueHandler(DbSession db, CurrentUser user) : IQueryHandler<GetMyReviewQueueQuery, IReadOnlyList<ReviewQueueItem>>
{
    public async ValueTask<IReadOnlyList<ReviewQueueItem>> Handle(GetMyReviewQueueQuery query, CancellationToken cancellationToken)
    {
        if (user.Id is not { } me) return [];
        var rows = await db.QueryAsync<QueueRow>("""
            SELECT a.id AS ApplicationId, a.call_id AS CallId, c.title_ar AS CallTitleAr, c.title_fr AS CallTitleFr, a.cooperative_id AS CooperativeId,
                   a.cooperative_name_ar AS CooperativeNameAr, a.cooperative_name_fr AS CooperativeNameFr, a.status AS Status, r.weighted_score AS MyScore,
                   v.cooperatives AS Excluded
            FROM prog_reviewers v
            JOIN prog_calls c ON c.id = v.call_id
            JOIN prog_applications a ON a.call_id = v.call_id AND a.status = 'underReview'
            LEFT JOIN prog_reviews r ON r.application_id = a.id AND r.reviewer_id = v.reviewer_id
            WHERE v.reviewer_id = @Me
            ORDER BY c.closes_at, a.submitted_at, a.id
            """, new { Me = me }, cancellationToken);
        return rows.Where(r => !user.Cooperatives.Contains(r.CooperativeId) && !ApiJson.List<Guid>(r.Excluded).Contains(r.CooperativeId))
            .Select(r => new ReviewQueueItem(r.ApplicationId, r.CallId, r.CallTitleAr, r.CallTitleFr, r.CooperativeNameAr, r.CooperativeNameFr,
                ApiJson.Parse<ApplicationStatus>(r.Status), r.MyScore)).ToList();
    }

    private sealed class QueueRow
    {
        public Guid ApplicationId { get; set; }
        public Guid CallId { get; set; }
        public string? CallTitleAr { get; set; }
        public string? CallTitleFr { get; set; }
        public Guid CooperativeId { get; set; }
        public string? CooperativeNameAr { get; set; }
        public string? CooperativeNameFr { get; set; }
        public string Status { get; set; } = "";
        public decimal? MyScore { get; set; }
        public string Excluded { get; set; } = "[]";
    }
}
