using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using CoopHub.Contracts.Identity;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Csv;
using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using CoopHub.Shared.Scoring;
using CoopHub.Shared.Security;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using Mediator;
using CoopHub.Shared.Http;

namespace CoopHub.ProjectBank.Competitions;

internal sealed class JurorRow
{
    public Guid CompetitionId { get; set; }
    public Guid JurorId { get; set; }
    public string Name { get; set; } = "";
    public string Cooperatives { get; set; } = "[]";
    public string? Entries { get; set; }
    public DateTimeOffset AssignedAt { get; set; }

    public const string Select = """
        SELECT competition_id AS CompetitionId, juror_id AS JurorId, name AS Name, cooperatives AS Cooperatives, entries AS Entries, assigned_at AS AssignedAt
        FROM bank_jurors
        """;

    /// <summary>The entries this juror scores: those assigned (all when none are named), never one of a cooperative they manage.</summary>
    public IReadOnlyList<EntryDetails> AssignedAmong(IReadOnlyList<EntryDetails> entries)
    {
        var only = Entries is null ? null : ApiJson.List<Guid>(Entries).ToHashSet();
        var own = ApiJson.List<Guid>(Cooperatives).ToHashSet();
        return entries.Where(e => (only is null || only.Contains(e.Id)) && !(e.CooperativeId is { } c && own.Contains(c))).ToList();
    }
}

internal sealed class ScoreRow
{
    public Guid Id { get; set; }
    public Guid EntryId { get; set; }
    public Guid JurorId { get; set; }
    public string Scores { get; set; } = "[]";
    public decimal WeightedScore { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const string Select = """
        SELECT id AS Id, entry_id AS EntryId, juror_id AS JurorId, scores AS Scores, weighted_score AS WeightedScore, comment AS Comment, updated_at AS UpdatedAt
        FROM bank_scores
        """;

    public IReadOnlyList<JuryCriterionScore> ScoreList => ApiJson.List<JuryCriterionScore>(Scores);

    public ScoreSheet ToSheet() => new(Id, EntryId, JurorId, ScoreList, WeightedScore, Comment, UpdatedAt);
}

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
        RuleFor(x => x.JurorId).NotNull().WithMessage("Give the juror's user id.");
        RuleFor(x => x.Entries).Must(e => e is null || e.Count <= 500).WithMessage("Assign at most 500 entries.");
    }
}

internal sealed class AssignJurorAuthorizer(DbSession db) : IAuthorizer<AssignJurorCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(AssignJurorCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await JuryAccessUntilSplit.RunExistingAsync(db, user, message.CompetitionId, "assign jurors", cancellationToken);
}

internal sealed class AssignJurorHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender) : ICommandHandler<AssignJurorCommand, Result<JurorProgress>>
{
    public async ValueTask<Result<JurorProgress>> Handle(AssignJurorCommand command, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, command.CompetitionId, cancellationToken);
        if (competition is null) return BankErrors.CompetitionNotFound(command.CompetitionId);
        var actor = await sender.Send(new GetActorSummary(command.JurorId!.Value), cancellationToken);
        if (actor is null) return Error.Invalid("jurorId", $"No user has id {command.JurorId}.");
        if (!actor.Active) return Error.Invalid("jurorId", $"{actor.Name} is disabled and cannot sit on the jury.");
        var entries = await Entries.ListAsync(db, competition.Id, cancellationToken);
        if (command.Entries is { } named)
        {
            var unknown = named.Where(n => entries.All(e => e.Id != n)).ToList();
            if (unknown.Count > 0) return Error.Invalid("entries", $"Not entries of this competition: {string.Join(", ", unknown)}.");
            var conflicts = named.Where(n => entries.Single(e => e.Id == n).CooperativeId is { } c && actor.Cooperatives.Contains(c)).ToList();
            if (conflicts.Count > 0)
            {
                return new Error(ErrorKind.Conflict, "jury.conflict_of_interest", $"{actor.Name} manages the cooperative of {conflicts.Count} of these entries and cannot score them.",
                    Extensions: new Dictionary<string, object?> { ["entries"] = conflicts });
            }
        }
        var already = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM bank_jurors WHERE competition_id = @C AND juror_id = @J", new { C = competition.Id, J = actor.Id }, cancellationToken);
        if (already > 0) return Error.Conflict("juror.already_assigned", $"{actor.Name} is already on this jury.");
        await db.ExecuteAsync("""
            INSERT INTO bank_jurors (competition_id, juror_id, name, cooperatives, entries, assigned_at) VALUES (@C, @J, @Name, @Coops, @Entries, @At)
            """, new { C = competition.Id, J = actor.Id, actor.Name, Coops = ApiJson.Write(actor.Cooperatives),
            Entries = command.Entries is null ? null : ApiJson.Write(command.Entries.Distinct().ToList()), At = clock.GetUtcNow() }, cancellationToken);
        var progress = (await Jury.ProgressAsync(db, competition.Id, cancellationToken)).Single(p => p.JurorId == actor.Id);
        audit.Record("competitionJuror", competition.Id, null, progress);
        return progress;
    }
}

internal sealed record GetJuryProgressQuery(Guid CompetitionId) : IQuery<Result<IReadOnlyList<JurorProgress>>>;

internal sealed class GetJuryProgressAuthorizer(DbSession db) : IAuthorizer<GetJuryProgressQuery>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(GetJuryProgressQuery message, CurrentUser user, CancellationToken cancellationToken)
        => await JuryAccessUntilSplit.RunExistingAsync(db, user, message.CompetitionId, "follow the jury", cancellationToken);
}

internal sealed class GetJuryProgressHandler(DbSession db) : IQueryHandler<GetJuryProgressQuery, Result<IReadOnlyList<JurorProgress>>>
{
    public async ValueTask<Result<IReadOnlyList<JurorProgress>>> Handle(GetJuryProgressQuery query, CancellationToken cancellationToken)
        => await BankStore.FindCompetitionAsync(db, query.CompetitionId, cancellationToken) is null
            ? BankErrors.CompetitionNotFound(query.CompetitionId)
            : (await Jury.ProgressAsync(db, query.CompetitionId, cancellationToken)).ToList();
}

internal sealed record JurorCandidate(Guid Id, string Name, IReadOnlyList<string> Regions);

internal sealed record ListJurorCandidatesQuery(Guid CompetitionId) : IQuery<Result<IReadOnlyList<JurorCandidate>>>;

internal sealed class ListJurorCandidatesAuthorizer(DbSession db) : IAuthorizer<ListJurorCandidatesQuery>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(ListJurorCandidatesQuery message, CurrentUser user, CancellationToken cancellationToken)
        => await JuryAccessUntilSplit.RunExistingAsync(db, user, message.CompetitionId, "choose jurors", cancellationToken);
}

/// <summary>Active staff of the competition's region (and national staff, administrators) not yet on its jury: whom the juror picker offers.</summary>
internal sealed class ListJurorCandidatesHandler(DbSession db, ISender sender) : IQueryHandler<ListJurorCandidatesQuery, Result<IReadOnlyList<JurorCandidate>>>
{
    public async ValueTask<Result<IReadOnlyList<JurorCandidate>>> Handle(ListJurorCandidatesQuery query, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, query.CompetitionId, cancellationToken);
        if (competition is null) return BankErrors.CompetitionNotFound(query.CompetitionId);
        var onJury = (await Jury.ProgressAsync(db, competition.Id, cancellationToken)).Select(j => j.JurorId).ToHashSet();
        return (await sender.Send(new ListStaffActors(competition.RegionCode), cancellationToken))
            .Where(a => !onJury.Contains(a.Id)).OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new JurorCandidate(a.Id, a.Name, a.Regions)).ToList();
    }
}

internal sealed record JurorAssignment(Guid CompetitionId, IReadOnlyList<CompetitionCriterion> Criteria, IReadOnlyList<EntryDetails> Entries, IReadOnlyList<ScoreSheet> MySheets);

internal sealed record GetMyJuryAssignmentQuery(Guid CompetitionId) : IQuery<Result<JurorAssignment>>;

internal sealed class GetMyJuryAssignmentAuthorizer(DbSession db) : IAuthorizer<GetMyJuryAssignmentQuery>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(GetMyJuryAssignmentQuery message, CurrentUser user, CancellationToken cancellationToken)
        => !user.IsAuthenticated ? AccessDenied.SignInRequired
            : await Jury.FindJurorAsync(db, message.CompetitionId, user, cancellationToken) is null ? AccessDenied.Forbidden("You are not on this competition's jury.") : null;
}

/// <summary>What the caller scores in a competition: their entries and their sheets so far.</summary>
internal sealed class GetMyJuryAssignmentHandler(DbSession db, CurrentUser user) : IQueryHandler<GetMyJuryAssignmentQuery, Result<JurorAssignment>>
{
    public async ValueTask<Result<JurorAssignment>> Handle(GetMyJuryAssignmentQuery query, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, query.CompetitionId, cancellationToken);
        if (competition is null) return BankErrors.CompetitionNotFound(query.CompetitionId);
        var juror = (await Jury.FindJurorAsync(db, competition.Id, user, cancellationToken))!;
        var entries = juror.AssignedAmong(await Entries.ListAsync(db, competition.Id, cancellationToken))
            .Where(e => !(e.CooperativeId is { } c && user.Cooperatives.Contains(c))).ToList();
        var sheets = await db.QueryAsync<ScoreRow>($"{ScoreRow.Select} WHERE competition_id = @C AND juror_id = @J", new { C = competition.Id, J = user.Id }, cancellationToken);
        return new JurorAssignment(competition.Id, competition.CriteriaList, entries, sheets.Select(s => s.ToSheet()).ToList());
    }
}

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
        RuleFor(x => x.Scores).NotEmpty().WithMessage("Score every criterion.")
            .Must(s => s is null || s.Where(x => x?.Criterion is not null).GroupBy(x => x.Criterion).All(g => g.Count() == 1)).WithMessage("Score each criterion once.");
        RuleForEach(x => x.Scores).ChildRules(s =>
        {
            s.RuleFor(x => x.Criterion).SafeText().NotEmpty().WithMessage("Give the criterion's key.");
            s.RuleFor(x => x.Score).NotNull().WithMessage("Give a score from 0 to 10.").InclusiveBetween(0, 10).WithMessage("A score is from 0 to 10.");
        });
        RuleFor(x => x.Comment).SafeMultilineText().MaximumLength(2000).WithMessage("A comment has at most 2000 characters.");
    }
}

internal sealed class ScoreEntryAuthorizer(DbSession db) : IAuthorizer<ScoreEntryCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(ScoreEntryCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated) return AccessDenied.SignInRequired;
        var juror = await Jury.FindJurorAsync(db, message.CompetitionId, user, cancellationToken);
        if (juror is null) return await BankStore.FindCompetitionAsync(db, message.CompetitionId, cancellationToken) is null ? null : AccessDenied.Forbidden("You are not on this competition's jury.");
        var named = juror.Entries is null ? null : ApiJson.List<Guid>(juror.Entries);
        return named is null || named.Contains(message.EntryId) ? null : AccessDenied.Forbidden("This entry is not among those assigned to you.");
    }
}

internal sealed class ScoreEntryHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<ScoreEntryCommand, Result<ScoreSheet>>
{
    public async ValueTask<Result<ScoreSheet>> Handle(ScoreEntryCommand command, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, command.CompetitionId, cancellationToken);
        if (competition is null) return BankErrors.CompetitionNotFound(command.CompetitionId);
        var entry = (await Entries.ListAsync(db, competition.Id, cancellationToken)).SingleOrDefault(e => e.Id == command.EntryId);
        if (entry is null) return BankErrors.EntryNotFound(command.EntryId);
        var juror = (await Jury.FindJurorAsync(db, competition.Id, user, cancellationToken))!;
        if (entry.CooperativeId is { } coop && (user.Cooperatives.Contains(coop) || ApiJson.List<Guid>(juror.Cooperatives).Contains(coop)))
        {
            return Error.Conflict("jury.conflict_of_interest", "You manage this entry's cooperative, so you cannot score it.");
        }
        if (competition.StatusValue is not (CompetitionStatus.Open or CompetitionStatus.Judging))
        {
            return Error.Conflict("competition.not_judging", $"The competition is {competition.Status}; scores are given while it is open or judging.");
        }
        var criteria = competition.CriteriaList;
        var (missing, unknown) = WeightedScore.Check(criteria.Select(c => c.Key), command.Scores!.Select(s => s.Criterion!));
        if (missing.Count > 0 || unknown.Count > 0) return Error.Invalid("scores", WeightedScore.Describe(missing, unknown));
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

internal sealed record GetCompetitionRankingQuery(Guid CompetitionId) : IQuery<Result<CompetitionRanking>>;

internal sealed class GetCompetitionRankingAuthorizer(DbSession db) : IAuthorizer<GetCompetitionRankingQuery>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(GetCompetitionRankingQuery message, CurrentUser user, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, message.CompetitionId, cancellationToken);
        if (competition is null || competition.StatusValue == CompetitionStatus.ResultsPublished) return null;
        return CompetitionAccess.Run(user, competition.RegionCode, "see the ranking before the results are published");
    }
}

internal sealed class GetCompetitionRankingHandler(DbSession db) : IQueryHandler<GetCompetitionRankingQuery, Result<CompetitionRanking>>
{
    public async ValueTask<Result<CompetitionRanking>> Handle(GetCompetitionRankingQuery query, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, query.CompetitionId, cancellationToken);
        if (competition is null) return BankErrors.CompetitionNotFound(query.CompetitionId);
        return await Jury.RankAsync(db, competition, cancellationToken);
    }
}

internal sealed record SetAwardsCommand : ICommand<Result<CompetitionRanking>>
{
    [JsonIgnore]
    public Guid CompetitionId { get; init; }

    /// <summary>The whole list of awards (it replaces the previous one).</summary>
    public IReadOnlyList<AwardInput>? Awards { get; init; }
}

internal sealed record AwardInput(Guid? EntryId, int? Rank, string? PrizeLabel, decimal? Amount);

internal sealed class SetAwardsValidator : AbstractValidator<SetAwardsCommand>
{
    public SetAwardsValidator()
    {
        RuleFor(x => x.Awards).NotNull().WithMessage("Give the list of awards (empty to remove them).")
            .Must(a => a is null || a.Count <= 50).WithMessage("Give at most 50 awards.")
            .Must(a => a is null || a.Where(x => x?.EntryId is not null).GroupBy(x => x.EntryId).All(g => g.Count() == 1)).WithMessage("An entry receives one award.");
        RuleForEach(x => x.Awards).ChildRules(a =>
        {
            a.RuleFor(x => x.EntryId).NotNull().WithMessage("Give the awarded entry.");
            a.RuleFor(x => x.Rank).NotNull().WithMessage("Give the award's rank.").InclusiveBetween(1, 50).WithMessage("A rank is between 1 and 50.");
            a.RuleFor(x => x.PrizeLabel).SafeText().NotEmpty().WithMessage("Name the prize, e.g. First prize.").MaximumLength(200).WithMessage("At most 200 characters.");
            a.RuleFor(x => x.Amount).GreaterThanOrEqualTo(0).WithMessage("An amount cannot be negative.").LessThan(1_000_000_000m).WithMessage("The amount is too large.");
        });
    }
}

internal sealed class SetAwardsAuthorizer(DbSession db) : IAuthorizer<SetAwardsCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(SetAwardsCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await JuryAccessUntilSplit.RunExistingAsync(db, user, message.CompetitionId, "award prizes", cancellationToken);
}

internal sealed class SetAwardsHandler(DbSession db, AuditTrail audit) : ICommandHandler<SetAwardsCommand, Result<CompetitionRanking>>
{
    public async ValueTask<Result<CompetitionRanking>> Handle(SetAwardsCommand command, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, command.CompetitionId, cancellationToken);
        if (competition is null) return BankErrors.CompetitionNotFound(command.CompetitionId);
        var entries = await Entries.ListAsync(db, competition.Id, cancellationToken);
        var awards = command.Awards!;
        for (var i = 0; i < awards.Count; i++)
        {
            if (entries.All(e => e.Id != awards[i].EntryId)) return Error.Invalid($"awards[{i}].entryId", $"{awards[i].EntryId} is not an entry of this competition.");
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

internal static class Jury
{
    public static async Task<JurorRow?> FindJurorAsync(DbSession db, Guid competitionId, CurrentUser user, CancellationToken ct)
        => user.Id is { } me ? await db.QuerySingleOrDefaultAsync<JurorRow>($"{JurorRow.Select} WHERE competition_id = @C AND juror_id = @J", new { C = competitionId, J = me }, ct) : null;

    public static async Task<IReadOnlyList<JurorProgress>> ProgressAsync(DbSession db, Guid competitionId, CancellationToken ct)
    {
        var entries = await Entries.ListAsync(db, competitionId, ct);
        var jurors = await db.QueryAsync<JurorRow>($"{JurorRow.Select} WHERE competition_id = @C ORDER BY assigned_at, juror_id", new { C = competitionId }, ct);
        var sheets = (await db.QueryAsync<ScoreRow>($"{ScoreRow.Select} WHERE competition_id = @C", new { C = competitionId }, ct)).ToList();
        return jurors.Select(j =>
        {
            var assigned = j.AssignedAmong(entries);
            var scored = sheets.Where(s => s.JurorId == j.JurorId).Select(s => s.EntryId).ToHashSet();
            return new JurorProgress(j.JurorId, j.Name, j.Entries is null ? null : ApiJson.List<Guid>(j.Entries), assigned.Count,
                assigned.Count(e => scored.Contains(e.Id)), assigned.Where(e => !scored.Contains(e.Id)).Select(e => e.Id).ToList());
        }).ToList();
    }

    /// <summary>
    /// The ranking, recomputed from the stored sheets: mean weighted score, then the higher mean on the
    /// tie-break criterion, then the earlier entry, then the id — the same order every time.
    /// </summary>
    public static async Task<CompetitionRanking> RankAsync(DbSession db, CompetitionRow competition, CancellationToken ct)
    {
        var entries = await Entries.ListAsync(db, competition.Id, ct);
        var sheets = (await db.QueryAsync<ScoreRow>($"{ScoreRow.Select} WHERE competition_id = @C", new { C = competition.Id }, ct)).GroupBy(s => s.EntryId).ToDictionary(g => g.Key, g => g.ToList());
        var awards = (await db.QueryAsync<AwardRow>("SELECT entry_id AS EntryId, award_rank AS AwardRank, prize_label AS PrizeLabel, amount AS Amount FROM bank_awards WHERE competition_id = @C",
            new { C = competition.Id }, ct)).ToDictionary(a => a.EntryId);
        var criteria = competition.CriteriaList;
        decimal? Mean(List<ScoreRow> rows, Func<ScoreRow, decimal> f) => rows.Count == 0 ? null : Math.Round(rows.Average(f), 4);
        var ranked = entries.Select(e =>
        {
            var mine = sheets.GetValueOrDefault(e.Id) ?? [];
            return (Entry: e, Sheets: mine, Score: Mean(mine, s => s.WeightedScore),
                Tie: Mean(mine, s => s.ScoreList.FirstOrDefault(x => x.Criterion == competition.TieBreakCriterion)?.Score ?? 0));
        })
        .OrderBy(x => x.Score is null ? 1 : 0).ThenByDescending(x => x.Score).ThenByDescending(x => x.Tie).ThenBy(x => x.Entry.EnteredAt).ThenBy(x => x.Entry.Id)
        .ToList();
        return new CompetitionRanking(competition.Id, competition.TieBreakCriterion, ranked.Select((x, i) => new RankedEntry(i + 1, x.Entry.Id, x.Entry.IdeaId,
            x.Entry.IdeaTitleAr, x.Entry.IdeaTitleFr, x.Entry.CooperativeNameAr, x.Entry.CooperativeNameFr, x.Score, x.Tie, x.Sheets.Count,
            criteria.Select(c => new JuryCriterionAverage(c.Key, x.Sheets.Count == 0 ? 0 : Math.Round((decimal)x.Sheets.Average(s => s.ScoreList.FirstOrDefault(v => v.Criterion == c.Key)?.Score ?? 0), 2))).ToList(),
            x.Entry.EnteredAt, awards.TryGetValue(x.Entry.Id, out var a) ? new AwardDetails(a.AwardRank, a.PrizeLabel, a.Amount) : null)).ToList());
    }

    /// <summary>The ranking as CSV (UTF-8 with BOM): rank, entry, idea, cooperative, score, tie-break, each criterion's average, sheets, award.</summary>
    public static byte[] Csv(CompetitionRanking ranking, IReadOnlyList<CompetitionCriterion> criteria)
    {
        static CsvCell N(decimal? v) => CsvCell.Number(v, "0.####");
        var csv = new CsvTable().Row(new[] { "rank", "entryId", "ideaTitleFr", "ideaTitleAr", "cooperativeNameFr", "score", "tieBreak" }
            .Concat(criteria.Select(c => c.Key)).Concat(["sheets", "award", "prize", "amount"]).Select(h => (CsvCell)h));
        foreach (var r in ranking.Items)
        {
            csv.Row(new CsvCell[] { r.Rank, r.EntryId.ToString(), r.IdeaTitleFr, r.IdeaTitleAr, r.CooperativeNameFr, N(r.Score), N(r.TieBreak) }
                .Concat(criteria.Select(c => N(r.Criteria.FirstOrDefault(x => x.Criterion == c.Key)?.Average)))
                .Concat([r.Sheets, r.Award?.Rank, r.Award?.PrizeLabel, N(r.Award?.Amount)]));
        }
        return csv.ToUtf8WithBom();
    }

    private sealed class AwardRow
    {
        public Guid EntryId { get; set; }
        public int AwardRank { get; set; }
        public string PrizeLabel { get; set; } = "";
        public decimal? Amount { get; set; }
    }
}

// Until the jury use cases are split (next step): the authorizers' old check.
internal static class JuryAccessUntilSplit
{
    public static async Task<AccessDenied?> RunExistingAsync(DbSession db, CurrentUser user, Guid competitionId, string what, CancellationToken ct)
    {
        var competition = await BankStore.FindCompetitionAsync(db, competitionId, ct);
        return competition is null ? CompetitionAccess.Staff(user, what) : CompetitionAccess.Run(user, competition.RegionCode, what);
    }
}
