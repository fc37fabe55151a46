using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CoopHub.Contracts.Events;
using CoopHub.Contracts.Identity;
using CoopHub.Contracts.Programs;
using CoopHub.ProjectBank.Ideas;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Scoring;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using Dapper;
using FluentValidation;
using Mediator;
using CoopHub.Shared.Http;

namespace CoopHub.ProjectBank.Competitions;

internal abstract partial record CompetitionFields
{
    public string? TitleAr { get; init; }

    public string? TitleFr { get; init; }

    public string? Description { get; init; }

    /// <summary>The event (an ideathon) the competition belongs to.</summary>
    public Guid? EventId { get; init; }

    public Guid? ProgramId { get; init; }

    /// <summary>Defaults to the event's region; staff of that region run the competition.</summary>
    public string? RegionCode { get; init; }

    /// <summary>Entries open, Casablanca wall-clock time.</summary>
    public DateTime? OpensAt { get; init; }

    /// <summary>Entries close, Casablanca wall-clock time.</summary>
    public DateTime? ClosesAt { get; init; }

    /// <summary>Criteria scored 0–10 with weights summing to 100.</summary>
    public IReadOnlyList<CompetitionCriterion>? Criteria { get; init; }

    /// <summary>The criterion that breaks ties (then the earlier entry); social_impact when there is one.</summary>
    public string? TieBreakCriterion { get; init; }

    /// <summary>draft (the default), open, judging or resultsPublished.</summary>
    public CompetitionStatus? Status { get; init; }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,39}$")]
    public static partial Regex KeyPattern();

    public string TieBreak() => TieBreakCriterion ?? (Criteria?.Any(c => c.Key == "social_impact") == true ? "social_impact" : Criteria![0].Key);

    public async Task<Result<CompetitionRow>> ToRowAsync(ISender sender, CurrentUser user, Guid id, int version, DateTimeOffset createdAt, DateTimeOffset updatedAt, CancellationToken ct)
    {
        var ev = await sender.Send(new GetEventSummary(EventId!.Value), ct);
        // A draft event exists only for its organisers (the competition would show its title and dates).
        if (ev is null || (ev.Status == "draft" && !user.CanManageRegion(ev.RegionCode))) return Error.Invalid("eventId", $"No event has id {EventId}.");
        if (ProgramId is { } programId && await sender.Send(new GetProgramSummary(programId), ct) is null) return Error.Invalid("programId", $"No program has id {programId}.");
        return new CompetitionRow
        {
            Id = id, TitleAr = Clean(TitleAr), TitleFr = Clean(TitleFr), Description = Clean(Description), EventId = ev.Id, ProgramId = ProgramId,
            RegionCode = RegionCode ?? ev.RegionCode, OpensAt = Casablanca.ToUtc(OpensAt!.Value), ClosesAt = Casablanca.ToUtc(ClosesAt!.Value),
            Criteria = ApiJson.Write(Criteria!), TieBreakCriterion = TieBreak(), Status = ApiJson.Api(Status ?? CompetitionStatus.Draft),
            Version = version, CreatedAt = createdAt, UpdatedAt = updatedAt,
        };
    }

    private static string? Clean(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}

internal abstract class CompetitionFieldsValidator<T> : AbstractValidator<T>
    where T : CompetitionFields
{
    protected CompetitionFieldsValidator(ReferenceData reference)
    {
        RuleFor(x => x.TitleAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.TitleAr) || !string.IsNullOrWhiteSpace(x.TitleFr))
            .WithMessage("Give the competition's title in Arabic or in French.").MaximumLength(300).WithMessage("A title has at most 300 characters.");
        RuleFor(x => x.TitleFr).SafeText().MaximumLength(300).WithMessage("A title has at most 300 characters.");
        RuleFor(x => x.Description).SafeMultilineText().MaximumLength(5000).WithMessage("A description has at most 5000 characters.");
        RuleFor(x => x.EventId).NotNull().WithMessage("Give the event (the ideathon) the competition belongs to.");
        RuleFor(x => x.RegionCode).Must(r => r is null || reference.FindRegion(r) is not null).WithMessage("Unknown region; use a code from MA-01 to MA-12.");
        RuleFor(x => x.OpensAt).NotNull().WithMessage("Give when entries open (Casablanca time).")
            .Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithMessage("Give the local time in Casablanca without an offset or Z.");
        RuleFor(x => x.ClosesAt).NotNull().WithMessage("Give when entries close (Casablanca time).")
            .Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithMessage("Give the local time in Casablanca without an offset or Z.")
            .Must((x, c) => c is null || x.OpensAt is null || c > x.OpensAt).WithMessage("Entries must close after they open.");
        RuleFor(x => x.Criteria).NotEmpty().WithMessage("Give at least one criterion.")
            .Must(c => c is null || c.Count <= 12).WithMessage("List at most 12 criteria.")
            .Must(c => c is null || c.Count == 0 || c.Any(x => x is null) || c.Sum(x => x.Weight) == 100).WithMessage("The criteria's weights must sum to 100.")
            .Must(c => c is null || c.Where(x => x?.Key is not null).GroupBy(x => x.Key).All(g => g.Count() == 1)).WithMessage("Each criterion has its own key.");
        RuleForEach(x => x.Criteria).ChildRules(c =>
        {
            c.RuleFor(x => x.Key).SafeText().NotEmpty().WithMessage("Give the criterion a key, e.g. social_impact.")
                .Must(k => k is null || CompetitionFields.KeyPattern().IsMatch(k)).WithMessage("A key has lower-case letters, digits, '-' or '_' (at most 40).");
            c.RuleFor(x => x.NameAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.NameAr) || !string.IsNullOrWhiteSpace(x.NameFr))
                .WithMessage("Name the criterion in Arabic or in French.").MaximumLength(200).WithMessage("A name has at most 200 characters.");
            c.RuleFor(x => x.NameFr).SafeText();
            c.RuleFor(x => x.NameEn).SafeText();
            c.RuleFor(x => x.Weight).InclusiveBetween(1, 100).WithMessage("A weight is between 1 and 100.");
        });
        RuleFor(x => x.TieBreakCriterion).SafeText().Must((x, t) => t is null || x.Criteria is null || x.Criteria.Any(c => c?.Key == t))
            .WithMessage("The tie-break criterion must be one of the criteria.");
    }
}

internal static class CompetitionAccess
{
    public static AccessDenied? Run(CurrentUser user, string? regionCode, string what) => user.CanManageRegion(regionCode) ? null
        : AccessDenied.For(user, regionCode is null ? $"Only national staff can {what}." : $"Only staff of region {regionCode} (or an administrator) can {what}.");

    public static async Task<AccessDenied?> RunExistingAsync(DbSession db, CurrentUser user, Guid competitionId, string what, CancellationToken ct)
    {
        var competition = await BankStore.FindCompetitionAsync(db, competitionId, ct);
        return competition is null ? (user.IsStaff ? null : AccessDenied.For(user, $"Only staff can {what}.")) : Run(user, competition.RegionCode, what);
    }

    /// <summary>A draft is its region's staff's (national staff and administrators see every one); to anyone else it does not exist.</summary>
    public static bool Visible(CurrentUser user, CompetitionRow row) => row.StatusValue != CompetitionStatus.Draft || user.CanManageRegion(row.RegionCode);
}

internal sealed record ListCompetitionsQuery : IQuery<CompetitionPage>
{
    public string? Region { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed class ListCompetitionsValidator : AbstractValidator<ListCompetitionsQuery>
{
    public ListCompetitionsValidator(ReferenceData reference)
    {
        RuleFor(x => x.Region).Must(r => r is null || reference.FindRegion(r) is not null).WithMessage("Unknown region; use a code from MA-01 to MA-12.");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

internal sealed class ListCompetitionsHandler(DbSession db, CurrentUser user, TimeProvider clock, ISender sender) : IQueryHandler<ListCompetitionsQuery, CompetitionPage>
{
    public async ValueTask<CompetitionPage> Handle(ListCompetitionsQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (!user.IsStaff) clauses.Add("c.status <> 'draft'");
        else if (user.StaffRegions is { } regions)
        {
            var mine = regions.Select((r, i) => (Region: r, Name: $"Mine{i}")).ToList();
            foreach (var (region, name) in mine) p.Add(name, region);
            clauses.Add("(c.status <> 'draft'" + string.Concat(mine.Select(m => $" OR c.region_code = @{m.Name}")) + ")");
        }
        if (query.Region is not null)
        {
            clauses.Add("c.region_code = @Region");
            p.Add("Region", query.Region);
        }
        var (rows, total) = await db.PageAsync<CompetitionRow>(CompetitionRow.Columns, "FROM bank_competitions c", clauses, "c.closes_at DESC, c.id", p, page, pageSize, cancellationToken);
        var now = clock.GetUtcNow();
        var items = new List<CompetitionDetails>();
        foreach (var row in rows) items.Add(row.ToDetails(now, await sender.Send(new GetEventSummary(row.EventId), cancellationToken)));
        return new CompetitionPage(items, page, pageSize, total);
    }
}

internal sealed record GetCompetitionQuery(Guid Id) : IQuery<Result<CompetitionDetails>>;

internal sealed class GetCompetitionHandler(DbSession db, CurrentUser user, TimeProvider clock, ISender sender) : IQueryHandler<GetCompetitionQuery, Result<CompetitionDetails>>
{
    public async ValueTask<Result<CompetitionDetails>> Handle(GetCompetitionQuery query, CancellationToken cancellationToken)
    {
        var row = await BankStore.FindCompetitionAsync(db, query.Id, cancellationToken);
        if (row is null || !CompetitionAccess.Visible(user, row)) return BankErrors.CompetitionNotFound(query.Id);
        return row.ToDetails(clock.GetUtcNow(), await sender.Send(new GetEventSummary(row.EventId), cancellationToken));
    }
}

internal sealed record CreateCompetitionCommand : CompetitionFields, ICommand<Result<CompetitionDetails>>;

internal sealed class CreateCompetitionValidator(ReferenceData reference) : CompetitionFieldsValidator<CreateCompetitionCommand>(reference);

internal sealed class CreateCompetitionAuthorizer(ISender sender) : IAuthorizer<CreateCompetitionCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(CreateCompetitionCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsStaff) return AccessDenied.For(user, "Only staff run competitions.");
        var region = message.RegionCode ?? (message.EventId is { } e ? (await sender.Send(new GetEventSummary(e), cancellationToken))?.RegionCode : null);
        return region is null ? null : CompetitionAccess.Run(user, region, "run a competition there");
    }
}

internal sealed class CreateCompetitionHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user) : ICommandHandler<CreateCompetitionCommand, Result<CompetitionDetails>>
{
    public async ValueTask<Result<CompetitionDetails>> Handle(CreateCompetitionCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = await command.ToRowAsync(sender, user, Guid.NewGuid(), 1, now, now, cancellationToken);
        if (row.IsFailure) return row.Error!;
        await db.ExecuteAsync("""
            INSERT INTO bank_competitions (id, title_ar, title_fr, description, event_id, program_id, region_code, opens_at, closes_at, criteria, tie_break_criterion,
                status, version, created_at, updated_at)
            VALUES (@Id, @TitleAr, @TitleFr, @Description, @EventId, @ProgramId, @RegionCode, @OpensAt, @ClosesAt, @Criteria, @TieBreakCriterion,
                @Status, @Version, @CreatedAt, @UpdatedAt)
            """, row.Value, cancellationToken);
        var details = row.Value.ToDetails(now, await sender.Send(new GetEventSummary(row.Value.EventId), cancellationToken));
        audit.Record("competition", details.Id, null, details);
        return details;
    }
}

internal sealed record UpdateCompetitionCommand : CompetitionFields, ICommand<Result<CompetitionDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateCompetitionValidator(ReferenceData reference) : CompetitionFieldsValidator<UpdateCompetitionCommand>(reference);

internal sealed class UpdateCompetitionAuthorizer(DbSession db) : IAuthorizer<UpdateCompetitionCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(UpdateCompetitionCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await CompetitionAccess.RunExistingAsync(db, user, message.Id, "change this competition", cancellationToken);
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
        if (current is null) return BankErrors.CompetitionNotFound(command.Id);
        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return Error.PreconditionFailed($"The competition is at version {current.Version}, not {expected}: read it again.");
        }
        var now = clock.GetUtcNow();
        var row = await command.ToRowAsync(sender, user, current.Id, current.Version + 1, current.CreatedAt, now, cancellationToken);
        if (row.IsFailure) return row.Error!;
        var to = ApiJson.Parse<CompetitionStatus>(row.Value.Status);
        if (to != current.StatusValue && !StatusMoves[current.StatusValue].Contains(to))
        {
            return new Error(ErrorKind.Conflict, "competition.status_not_allowed", $"A competition goes from {current.Status} to {string.Join(" or ", StatusMoves[current.StatusValue].Select(ApiJson.Api))}, not to {ApiJson.Api(to)}.",
                Extensions: new Dictionary<string, object?> { ["allowed"] = StatusMoves[current.StatusValue].Select(ApiJson.Api).ToList() });
        }
        if (to == CompetitionStatus.Draft && current.EntryCount > 0) return Error.Conflict("competition.has_entries", "Ideas have been entered; the competition cannot go back to draft.");
        var sheets = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM bank_scores WHERE competition_id = @Id", new { current.Id }, cancellationToken);
        if (sheets > 0 && (row.Value.Criteria != current.Criteria || row.Value.TieBreakCriterion != current.TieBreakCriterion))
        {
            return Error.Conflict("competition.criteria_locked", $"Jurors have already filled {sheets} score sheet(s); the criteria, weights and tie rule can no longer change.");
        }
        var changed = await db.ExecuteAsync("""
            UPDATE bank_competitions SET title_ar = @TitleAr, title_fr = @TitleFr, description = @Description, event_id = @EventId, program_id = @ProgramId,
                region_code = @RegionCode, opens_at = @OpensAt, closes_at = @ClosesAt, criteria = @Criteria, tie_break_criterion = @TieBreakCriterion,
                status = @Status, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @Version - 1
            """, row.Value, cancellationToken);
        if (changed == 0) return Error.PreconditionFailed("The competition changed while you were saving: read it again.");
        var after = (await BankStore.FindCompetitionAsync(db, current.Id, cancellationToken))!.ToDetails(now, await sender.Send(new GetEventSummary(row.Value.EventId), cancellationToken));
        audit.Record("competition", current.Id, null, after);
        return after;
    }
}

internal sealed record EnterCompetitionCommand : ICommand<Result<EntryDetails>>
{
    [JsonIgnore]
    public Guid CompetitionId { get; init; }

    /// <summary>A published idea.</summary>
    public Guid? IdeaId { get; init; }
}

internal sealed class EnterCompetitionValidator : AbstractValidator<EnterCompetitionCommand>
{
    public EnterCompetitionValidator() => RuleFor(x => x.IdeaId).NotNull().WithMessage("Give the idea to enter.");
}

/// <summary>Signed in; whether the caller speaks for the idea is checked by the handler on the idea it loads.</summary>
internal sealed class EnterCompetitionAuthorizer : IAuthorizer<EnterCompetitionCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(EnterCompetitionCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

internal sealed class EnterCompetitionHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user, ISender sender) : ICommandHandler<EnterCompetitionCommand, Result<EntryDetails>>
{
    public async ValueTask<Result<EntryDetails>> Handle(EnterCompetitionCommand command, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, command.CompetitionId, cancellationToken);
        if (competition is null || !CompetitionAccess.Visible(user, competition)) return BankErrors.CompetitionNotFound(command.CompetitionId);
        var idea = await BankStore.FindIdeaAsync(db, command.IdeaId!.Value, cancellationToken);
        if (idea is not null && !await IdeaAccess.CanEditAsync(sender, user, idea, cancellationToken))
        {
            return Error.Forbidden("Only the idea's cooperative or staff of its region can enter it.");
        }
        var now = clock.GetUtcNow();
        if (!competition.AcceptingEntriesAt(now))
        {
            return Error.Conflict("competition.closed", $"The competition takes entries while open, from {Casablanca.ToLocal(competition.OpensAt):yyyy-MM-dd HH:mm} to {Casablanca.ToLocal(competition.ClosesAt):yyyy-MM-dd HH:mm} (Casablanca time).");
        }
        if (idea is null) return Error.Invalid("ideaId", $"No idea has id {command.IdeaId}.");
        if (idea.StatusValue != IdeaStatus.Published) return Error.Conflict("idea.not_published", "Only a published idea can enter a competition: submit it for curation first.");
        var existing = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM bank_entries WHERE competition_id = @C AND idea_id = @I", new { C = competition.Id, I = idea.Id }, cancellationToken);
        if (existing > 0) return Error.Conflict("entry.duplicate", "This idea is already entered.");
        var id = Guid.NewGuid();
        await db.ExecuteAsync("INSERT INTO bank_entries (id, competition_id, idea_id, cooperative_id, entered_at) VALUES (@Id, @C, @I, @Coop, @At)",
            new { Id = id, C = competition.Id, I = idea.Id, Coop = idea.CooperativeId, At = now }, cancellationToken);
        var entry = (await Entries.ListAsync(db, competition.Id, cancellationToken)).Single(e => e.Id == id);
        audit.Record("competitionEntry", id, null, entry);
        return entry;
    }
}

internal sealed record ListEntriesQuery(Guid CompetitionId) : IQuery<Result<IReadOnlyList<EntryDetails>>>;

internal sealed class ListEntriesHandler(DbSession db, CurrentUser user) : IQueryHandler<ListEntriesQuery, Result<IReadOnlyList<EntryDetails>>>
{
    public async ValueTask<Result<IReadOnlyList<EntryDetails>>> Handle(ListEntriesQuery query, CancellationToken cancellationToken)
    {
        var competition = await BankStore.FindCompetitionAsync(db, query.CompetitionId, cancellationToken);
        if (competition is null || !CompetitionAccess.Visible(user, competition)) return BankErrors.CompetitionNotFound(query.CompetitionId);
        return (await Entries.ListAsync(db, competition.Id, cancellationToken)).ToList();
    }
}

internal static class Entries
{
    public static async Task<IReadOnlyList<EntryDetails>> ListAsync(DbSession db, Guid competitionId, CancellationToken ct)
        => (await db.QueryAsync<EntryRow>("""
            SELECT e.id AS Id, e.competition_id AS CompetitionId, e.idea_id AS IdeaId, i.title_ar AS IdeaTitleAr, i.title_fr AS IdeaTitleFr, e.cooperative_id AS CooperativeId,
                   i.cooperative_name_ar AS CooperativeNameAr, i.cooperative_name_fr AS CooperativeNameFr, i.sectors AS Sectors, e.entered_at AS EnteredAt
            FROM bank_entries e JOIN bank_ideas i ON i.id = e.idea_id
            WHERE e.competition_id = @Id ORDER BY e.entered_at, e.id
            """, new { Id = competitionId }, ct)).Select(e => new EntryDetails(e.Id, e.CompetitionId, e.IdeaId, e.IdeaTitleAr, e.IdeaTitleFr, e.CooperativeId,
                e.CooperativeNameAr, e.CooperativeNameFr, ApiJson.List<string>(e.Sectors), e.EnteredAt)).ToList();

    private sealed class EntryRow
    {
        public Guid Id { get; set; }
        public Guid CompetitionId { get; set; }
        public Guid IdeaId { get; set; }
        public string? IdeaTitleAr { get; set; }
        public string? IdeaTitleFr { get; set; }
        public Guid? CooperativeId { get; set; }
        public string? CooperativeNameAr { get; set; }
        public string? CooperativeNameFr { get; set; }
        public string Sectors { get; set; } = "[]";
        public DateTimeOffset EnteredAt { get; set; }
    }
}
