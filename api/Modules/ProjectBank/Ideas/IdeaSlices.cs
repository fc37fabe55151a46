using System.Text.Json.Serialization;
using CoopHub.Contracts.Cooperatives;
using CoopHub.Contracts.Programs;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Text;
using CoopHub.Shared.Time;
using Dapper;
using FluentValidation;
using Mediator;
using CoopHub.Shared.Http;

namespace CoopHub.ProjectBank.Ideas;

internal sealed record ListIdeasQuery : IQuery<IdeaPage>
{
    /// <summary>Search in titles, problem, solution and beneficiaries (Arabic- and accent-insensitive).</summary>
    public string? Q { get; init; }

    public string? Sector { get; init; }

    /// <summary>Ideas that fit this region (ideas without regions fit everywhere).</summary>
    public string? Region { get; init; }

    /// <summary>A Sustainable Development Goal, 1 to 17.</summary>
    public int? Sdg { get; init; }

    /// <summary>Ideas proposed by this cooperative.</summary>
    public Guid? CooperativeId { get; init; }

    /// <summary>draft, submitted, published, returned or archived. Without it: published ideas, plus one's own and (for staff) those to curate.</summary>
    public string? Status { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed class ListIdeasValidator : AbstractValidator<ListIdeasQuery>
{
    public ListIdeasValidator(ReferenceData reference)
    {
        RuleFor(x => x.Q).MaximumLength(200).WithMessage("Search with at most 200 characters.");
        RuleFor(x => x.Sector).Must(s => s is null || reference.FindSector(s) is not null).WithMessage("Unknown sector code.");
        RuleFor(x => x.Region).Must(r => r is null || reference.FindRegion(r) is not null).WithMessage("Unknown region; use a code from MA-01 to MA-12.");
        RuleFor(x => x.Sdg).InclusiveBetween(1, 17).WithMessage("Sustainable Development Goals are numbered 1 to 17.");
        RuleFor(x => x.Status).Must(s => s is null || Enum.GetValues<IdeaStatus>().Any(v => ApiJson.Api(v) == s))
            .WithMessage("Unknown status; use draft, submitted, published, returned or archived.");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

/// <summary>Anyone sees published ideas; staff also the ideas of their regions to curate (national staff every idea); a cooperative's manager also its own.</summary>
internal sealed class ListIdeasHandler(DbSession db, CurrentUser user, ISender sender) : IQueryHandler<ListIdeasQuery, IdeaPage>
{
    public async ValueTask<IdeaPage> Handle(ListIdeasQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (!user.IsStaff || user.StaffRegions is not null)
        {
            var visible = new List<string> { "i.status = 'published'" };
            var i = 0;
            if (user.IsStaff) await IdeaAccess.AddCuratedClausesAsync(db, sender, user.StaffRegions!, visible, p, cancellationToken);
            foreach (var coop in user.Roles.Contains(Roles.CoopManager) ? user.Cooperatives : new HashSet<Guid>())
            {
                visible.Add($"i.cooperative_id = @Own{i}");
                p.Add($"Own{i++}", coop);
            }
            if (user.Id is { } me)
            {
                visible.Add("(i.cooperative_id IS NULL AND i.submitted_by = @Me)");
                p.Add("Me", me.ToString());
            }
            clauses.Add("(" + string.Join(" OR ", visible) + ")");
        }
        if (query.CooperativeId is { } proposer)
        {
            clauses.Add("i.cooperative_id = @CoopId");
            p.Add("CoopId", proposer);
        }
        if (query.Status is not null)
        {
            clauses.Add("i.status = @Status");
            p.Add("Status", query.Status);
        }
        if (query.Sector is not null)
        {
            clauses.Add("i.sectors LIKE @Sector");
            p.Add("Sector", "%\"" + query.Sector + "\"%");
        }
        if (query.Region is not null)
        {
            clauses.Add("(i.regions = '[]' OR i.regions LIKE @Region)");
            p.Add("Region", "%\"" + query.Region + "\"%");
        }
        if (query.Sdg is { } sdg)
        {
            // The goals are a sorted JSON list of numbers: match the number between delimiters.
            clauses.Add("(i.sdgs LIKE @SdgOnly OR i.sdgs LIKE @SdgFirst OR i.sdgs LIKE @SdgMiddle OR i.sdgs LIKE @SdgLast)");
            p.Add("SdgOnly", $"[{sdg}]");
            p.Add("SdgFirst", $"[{sdg},%");
            p.Add("SdgMiddle", $"%,{sdg},%");
            p.Add("SdgLast", $"%,{sdg}]");
        }
        SearchClauses.AddTerms(clauses, p, db.Dialect, "i.search_text", query.Q);
        var (rows, total) = await db.PageAsync<IdeaRow>(IdeaRow.Columns, "FROM bank_ideas i", clauses, "i.updated_at DESC, i.id", p, page, pageSize, cancellationToken);
        return new IdeaPage(rows.Select(r => r.ToDetails([])).ToList(), page, pageSize, total);
    }
}

internal sealed record GetIdeaQuery(Guid Id) : IQuery<Result<IdeaDetails>>;

internal sealed class GetIdeaHandler(DbSession db, CurrentUser user, ISender sender) : IQueryHandler<GetIdeaQuery, Result<IdeaDetails>>
{
    public async ValueTask<Result<IdeaDetails>> Handle(GetIdeaQuery query, CancellationToken cancellationToken)
    {
        var row = await BankStore.FindIdeaAsync(db, query.Id, cancellationToken);
        // An unpublished idea does not exist for those who may not curate or edit it.
        if (row is null || !await IdeaAccess.CanSeeAsync(sender, user, row, cancellationToken)) return BankErrors.IdeaNotFound(query.Id);
        return row.ToDetails(await BankStore.LinksAsync(db, row.Id, cancellationToken));
    }
}

/// <summary>
/// An idea concerns its cooperative's region (read from the registry) or, for an idea staff wrote without
/// a cooperative, the regions it names; an idea of neither is national. Its curators are staff of one of
/// those regions (national staff and administrators curate every idea).
/// </summary>
internal static class IdeaAccess
{
    public static async Task<IReadOnlyList<string>> RegionsAsync(ISender sender, IdeaRow row, CancellationToken ct)
        => row.CooperativeId is { } coop
            ? (await sender.Send(new GetCooperativeSummary(coop), ct)) is { } summary ? [summary.RegionCode] : []
            : ApiJson.List<string>(row.Regions);

    public static bool Curates(CurrentUser user, IReadOnlyList<string> regions)
        => user.IsStaff && (user.StaffRegions is null || regions.Any(r => user.StaffRegions.Contains(r)));

    public static async Task<bool> CuratesAsync(ISender sender, CurrentUser user, IdeaRow row, CancellationToken ct)
        => user.IsStaff && (user.StaffRegions is null || Curates(user, await RegionsAsync(sender, row, ct)));

    /// <summary>Published ideas: everyone; the others: their author side and their curators.</summary>
    public static async Task<bool> CanSeeAsync(ISender sender, CurrentUser user, IdeaRow row, CancellationToken ct)
        => row.StatusValue == IdeaStatus.Published || row.IsOwnedBy(user) || await CuratesAsync(sender, user, row, ct);

    /// <summary>Edits, submission and entries: the author side and the curators.</summary>
    public static async Task<bool> CanEditAsync(ISender sender, CurrentUser user, IdeaRow row, CancellationToken ct)
        => row.IsOwnedBy(user) || await CuratesAsync(sender, user, row, ct);

    /// <summary>
    /// The list's condition for ideas regional staff curate: those of cooperatives of their regions, and
    /// cooperative-less ideas naming one of their regions. Only unpublished ideas need it (published ones
    /// are public), and those are few (the curation queue), so their cooperatives are looked up one by one.
    /// </summary>
    public static async Task AddCuratedClausesAsync(DbSession db, ISender sender, IReadOnlySet<string> regions, List<string> visible, DynamicParameters p, CancellationToken ct)
    {
        var cooperatives = await db.QueryAsync<Guid>(
            "SELECT DISTINCT cooperative_id FROM bank_ideas WHERE status <> 'published' AND cooperative_id IS NOT NULL", null, ct);
        var k = 0;
        foreach (var coop in cooperatives)
        {
            if (await sender.Send(new GetCooperativeSummary(coop), ct) is not { } summary || !regions.Contains(summary.RegionCode)) continue;
            visible.Add($"i.cooperative_id = @Curated{k}");
            p.Add($"Curated{k++}", coop);
        }
        var r = 0;
        foreach (var region in regions)
        {
            visible.Add($"(i.cooperative_id IS NULL AND i.regions LIKE @CuratedRegion{r})");
            p.Add($"CuratedRegion{r++}", "%\"" + region + "\"%");
        }
    }
}

internal sealed record CreateIdeaCommand : IdeaFields, ICommand<Result<IdeaDetails>>
{
    /// <summary>The cooperative proposing the idea; none for an idea staff write.</summary>
    public Guid? CooperativeId { get; init; }
}

internal sealed class CreateIdeaValidator(ReferenceData reference) : IdeaFieldsValidator<CreateIdeaCommand>(reference);

internal sealed class CreateIdeaAuthorizer(ISender sender) : IAuthorizer<CreateIdeaCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(CreateIdeaCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated) return AccessDenied.SignInRequired;
        if (message.CooperativeId is not { } coop) return user.IsStaff ? null : AccessDenied.Forbidden("Propose the idea for your cooperative.");
        if (user.ManagesCooperative(coop)) return null;
        var summary = await sender.Send(new GetCooperativeSummary(coop), cancellationToken);
        return summary is not null && user.CanManageRegion(summary.RegionCode) ? null
            : AccessDenied.Forbidden("Only the cooperative's manager or staff of its region can propose an idea for it.");
    }
}

internal sealed class CreateIdeaHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user) : ICommandHandler<CreateIdeaCommand, Result<IdeaDetails>>
{
    public async ValueTask<Result<IdeaDetails>> Handle(CreateIdeaCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = new IdeaRow { Id = Guid.NewGuid(), Status = "draft", Version = 1, CreatedAt = now, UpdatedAt = now, SubmittedBy = user.Id?.ToString() ?? "system" };
        if (command.CooperativeId is { } coopId)
        {
            var coop = await sender.Send(new GetCooperativeSummary(coopId), cancellationToken);
            if (coop is null) return Error.Invalid("cooperativeId", $"No cooperative has id {coopId} in the registry.");
            (row.CooperativeId, row.CooperativeNameAr, row.CooperativeNameFr) = (coop.Id, coop.NameAr, coop.NameFr);
        }
        command.ApplyTo(row);
        await db.ExecuteAsync("""
            INSERT INTO bank_ideas (id, title_ar, title_fr, problem, solution, sectors, regions, beneficiaries, investment, jobs, jobs_women, jobs_youth,
                impact_social, impact_economic, impact_environmental, sdgs, attachments, cooperative_id, cooperative_name_ar, cooperative_name_fr, submitted_by,
                status, curation_comment, published_at, search_text, version, created_at, updated_at)
            VALUES (@Id, @TitleAr, @TitleFr, @Problem, @Solution, @Sectors, @Regions, @Beneficiaries, @Investment, @Jobs, @JobsWomen, @JobsYouth,
                @ImpactSocial, @ImpactEconomic, @ImpactEnvironmental, @Sdgs, @Attachments, @CooperativeId, @CooperativeNameAr, @CooperativeNameFr, @SubmittedBy,
                @Status, @CurationComment, @PublishedAt, @SearchText, @Version, @CreatedAt, @UpdatedAt)
            """, row, cancellationToken);
        var details = row.ToDetails([]);
        audit.Record("idea", row.Id, null, details);
        return details;
    }
}

internal sealed record UpdateIdeaCommand : IdeaFields, ICommand<Result<IdeaDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateIdeaValidator(ReferenceData reference) : IdeaFieldsValidator<UpdateIdeaCommand>(reference);

/// <summary>Signed in; who may edit this idea is checked by the handler on the row it loads.</summary>
internal sealed class UpdateIdeaAuthorizer : IAuthorizer<UpdateIdeaCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(UpdateIdeaCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

internal sealed class UpdateIdeaHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user) : ICommandHandler<UpdateIdeaCommand, Result<IdeaDetails>>
{
    public async ValueTask<Result<IdeaDetails>> Handle(UpdateIdeaCommand command, CancellationToken cancellationToken)
    {
        var row = await BankStore.FindIdeaAsync(db, command.Id, cancellationToken);
        if (row is null) return BankErrors.IdeaNotFound(command.Id);
        if (!await IdeaAccess.CanEditAsync(sender, user, row, cancellationToken)) return Error.Forbidden("Only the idea's cooperative or staff of its region can edit it.");
        if (command.ExpectedVersion is { } expected && expected != row.Version)
        {
            return Error.PreconditionFailed($"The idea is at version {row.Version}, not {expected}: read it again.");
        }
        if (row.StatusValue is not (IdeaStatus.Draft or IdeaStatus.Returned))
        {
            return Error.Conflict("idea.not_editable", $"The idea is {row.Status}; only a draft or a returned idea can be edited.");
        }
        var before = row.ToDetails([]);
        command.ApplyTo(row);
        row.UpdatedAt = clock.GetUtcNow();
        var changed = await db.ExecuteAsync("""
            UPDATE bank_ideas SET title_ar = @TitleAr, title_fr = @TitleFr, problem = @Problem, solution = @Solution, sectors = @Sectors, regions = @Regions,
                beneficiaries = @Beneficiaries, investment = @Investment, jobs = @Jobs, jobs_women = @JobsWomen, jobs_youth = @JobsYouth, impact_social = @ImpactSocial,
                impact_economic = @ImpactEconomic, impact_environmental = @ImpactEnvironmental, sdgs = @Sdgs, attachments = @Attachments, search_text = @SearchText,
                updated_at = @UpdatedAt, version = version + 1
            WHERE id = @Id AND version = @Version
            """, row, cancellationToken);
        if (changed == 0) return Error.PreconditionFailed("The idea changed while you were saving: read it again.");
        row.Version++;
        var after = row.ToDetails(await BankStore.LinksAsync(db, row.Id, cancellationToken));
        audit.Record("idea", row.Id, before, after);
        return after;
    }
}

internal sealed record TransitionIdeaCommand : ICommand<Result<IdeaDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>submitted (by its author), published, returned (with a comment) or archived (by staff).</summary>
    public IdeaStatus? To { get; init; }

    /// <summary>The curator's comments; required to return an idea.</summary>
    public string? Comment { get; init; }
}

internal sealed class TransitionIdeaValidator : AbstractValidator<TransitionIdeaCommand>
{
    public TransitionIdeaValidator()
    {
        RuleFor(x => x.To).NotNull().WithMessage("Give the state: submitted, published, returned or archived.")
            .NotEqual(IdeaStatus.Draft).WithMessage("An idea does not go back to draft; return it with comments instead.");
        RuleFor(x => x.Comment).NotEmpty().When(x => x.To == IdeaStatus.Returned).WithMessage("Say what to change when returning an idea.")
            .MaximumLength(2000).WithMessage("A comment has at most 2000 characters.").SafeMultilineText();
    }
}

/// <summary>Submitting is the author side's, curating is staff's; the handler checks the idea's region on the row it loads.</summary>
internal sealed class TransitionIdeaAuthorizer : IAuthorizer<TransitionIdeaCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(TransitionIdeaCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(!user.IsAuthenticated ? AccessDenied.SignInRequired
            : message.To == IdeaStatus.Submitted || user.IsStaff ? null : AccessDenied.Forbidden("Only staff curate ideas."));
}

internal sealed class TransitionIdeaHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user) : ICommandHandler<TransitionIdeaCommand, Result<IdeaDetails>>
{
    private static readonly Dictionary<IdeaStatus, IdeaStatus[]> Moves = new()
    {
        [IdeaStatus.Draft] = [IdeaStatus.Submitted],
        [IdeaStatus.Returned] = [IdeaStatus.Submitted],
        [IdeaStatus.Submitted] = [IdeaStatus.Published, IdeaStatus.Returned],
        [IdeaStatus.Published] = [IdeaStatus.Archived],
    };

    public async ValueTask<Result<IdeaDetails>> Handle(TransitionIdeaCommand command, CancellationToken cancellationToken)
    {
        var row = await BankStore.FindIdeaAsync(db, command.Id, cancellationToken);
        if (row is null) return BankErrors.IdeaNotFound(command.Id);
        var to = command.To!.Value;
        if (to == IdeaStatus.Submitted ? !await IdeaAccess.CanEditAsync(sender, user, row, cancellationToken) : !await IdeaAccess.CuratesAsync(sender, user, row, cancellationToken))
        {
            return Error.Forbidden(to == IdeaStatus.Submitted ? "Only the idea's cooperative or staff of its region can submit it." : "Only staff of the idea's region curate it.");
        }
        if (!Moves.TryGetValue(row.StatusValue, out var allowed) || !allowed.Contains(to))
        {
            return new Error(ErrorKind.Conflict, "idea.transition_not_allowed", $"An idea cannot go from {row.Status} to {ApiJson.Api(to)}.",
                Extensions: new Dictionary<string, object?> { ["allowed"] = (allowed ?? []).Select(ApiJson.Api).ToList() });
        }
        var before = row.ToDetails([]);
        var now = clock.GetUtcNow();
        row.Status = ApiJson.Api(to);
        row.CurationComment = to is IdeaStatus.Returned or IdeaStatus.Published or IdeaStatus.Archived ? command.Comment?.Trim() : row.CurationComment;
        row.PublishedAt = to == IdeaStatus.Published ? now : row.PublishedAt;
        row.UpdatedAt = now;
        var changed = await db.ExecuteAsync("""
            UPDATE bank_ideas SET status = @Status, curation_comment = @CurationComment, published_at = @PublishedAt, updated_at = @UpdatedAt, version = version + 1
            WHERE id = @Id AND version = @Version
            """, row, cancellationToken);
        if (changed == 0) return Error.PreconditionFailed("The idea changed meanwhile: read it again.");
        row.Version++;
        var after = row.ToDetails(await BankStore.LinksAsync(db, row.Id, cancellationToken));
        audit.Record("idea", row.Id, before, after);
        if (to == IdeaStatus.Published)
        {
            await CoopHub.Shared.Outbox.Outbox.WriteAsync(db, new CoopHub.Contracts.ProjectBank.IdeaPublishedEvent(
                row.Id, after.TitleAr, after.TitleFr, after.Sectors, after.Regions, after.Sdgs, after.CooperativeId, after.Regions.Count == 1 ? after.Regions[0] : null),
                now, cancellationToken);
        }
        return after;
    }
}

internal sealed record AdoptIdeaCommand : ICommand<Result<Adoption>>
{
    [JsonIgnore]
    public Guid IdeaId { get; init; }

    public Guid? CooperativeId { get; init; }
}

internal sealed class AdoptIdeaValidator : AbstractValidator<AdoptIdeaCommand>
{
    public AdoptIdeaValidator() => RuleFor(x => x.CooperativeId).NotNull().WithMessage("Give the cooperative taking up the idea.");
}

internal sealed class AdoptIdeaAuthorizer(ISender sender) : IAuthorizer<AdoptIdeaCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(AdoptIdeaCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated) return AccessDenied.SignInRequired;
        if (message.CooperativeId is not { } coop || user.ManagesCooperative(coop)) return null;
        var summary = await sender.Send(new GetCooperativeSummary(coop), cancellationToken);
        return summary is null || user.CanManageRegion(summary.RegionCode) ? null
            : AccessDenied.Forbidden("Only the cooperative's manager or staff of its region can record that it takes up an idea.");
    }
}

internal sealed class AdoptIdeaHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender) : ICommandHandler<AdoptIdeaCommand, Result<Adoption>>
{
    public async ValueTask<Result<Adoption>> Handle(AdoptIdeaCommand command, CancellationToken cancellationToken)
    {
        var idea = await BankStore.FindIdeaAsync(db, command.IdeaId, cancellationToken);
        if (idea is null || idea.StatusValue != IdeaStatus.Published) return BankErrors.IdeaNotFound(command.IdeaId);
        var coop = await sender.Send(new GetCooperativeSummary(command.CooperativeId!.Value), cancellationToken);
        if (coop is null) return Error.Invalid("cooperativeId", $"No cooperative has id {command.CooperativeId} in the registry.");
        var existing = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM bank_adoptions WHERE idea_id = @IdeaId AND cooperative_id = @CoopId",
            new { command.IdeaId, CoopId = coop.Id }, cancellationToken);
        if (existing > 0) return Error.Conflict("adoption.duplicate", "The cooperative has already taken up this idea.");
        var adoption = new Adoption(Guid.NewGuid(), coop.Id, coop.NameAr, coop.NameFr, coop.RegionCode, Casablanca.Today(clock));
        await db.ExecuteAsync("""
            INSERT INTO bank_adoptions (id, idea_id, cooperative_id, cooperative_name_ar, cooperative_name_fr, region_code, adopted_on, created_at)
            VALUES (@Id, @IdeaId, @CooperativeId, @CooperativeNameAr, @CooperativeNameFr, @RegionCode, @AdoptedOn, @CreatedAt)
            """, new { adoption.Id, command.IdeaId, adoption.CooperativeId, adoption.CooperativeNameAr, adoption.CooperativeNameFr, adoption.RegionCode,
                adoption.AdoptedOn, CreatedAt = clock.GetUtcNow() }, cancellationToken);
        audit.Record("ideaAdoption", adoption.Id, null, adoption);
        return adoption;
    }
}

internal sealed record ListAdoptionsQuery(Guid IdeaId) : IQuery<Result<IdeaAdoptions>>;

internal sealed class ListAdoptionsHandler(DbSession db, CurrentUser user, ISender sender) : IQueryHandler<ListAdoptionsQuery, Result<IdeaAdoptions>>
{
    public async ValueTask<Result<IdeaAdoptions>> Handle(ListAdoptionsQuery query, CancellationToken cancellationToken)
    {
        var idea = await BankStore.FindIdeaAsync(db, query.IdeaId, cancellationToken);
        if (idea is null || !await IdeaAccess.CanSeeAsync(sender, user, idea, cancellationToken)) return BankErrors.IdeaNotFound(query.IdeaId);
        var items = (await db.QueryAsync<AdoptionRow>("""
            SELECT id AS Id, cooperative_id AS CooperativeId, cooperative_name_ar AS CooperativeNameAr, cooperative_name_fr AS CooperativeNameFr,
                   region_code AS RegionCode, adopted_on AS AdoptedOn
            FROM bank_adoptions WHERE idea_id = @Id ORDER BY adopted_on, id
            """, new { Id = idea.Id }, cancellationToken)).Select(a => new Adoption(a.Id, a.CooperativeId, a.CooperativeNameAr, a.CooperativeNameFr, a.RegionCode, a.AdoptedOn)).ToList();
        return new IdeaAdoptions(items, items.GroupBy(a => a.RegionCode).Select(g => new RegionCount(g.Key, g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.RegionCode, StringComparer.Ordinal).ToList());
    }

    private sealed class AdoptionRow
    {
        public Guid Id { get; set; }
        public Guid CooperativeId { get; set; }
        public string? CooperativeNameAr { get; set; }
        public string? CooperativeNameFr { get; set; }
        public string RegionCode { get; set; } = "";
        public DateOnly AdoptedOn { get; set; }
    }
}

internal sealed record ListIdeaFinancingQuery(Guid IdeaId) : IQuery<Result<IReadOnlyList<CallSummary>>>;

/// <summary>Open calls whose sector and region rules fit the idea (through the Programs contract).</summary>
internal sealed class ListIdeaFinancingHandler(DbSession db, ISender sender, CurrentUser user) : IQueryHandler<ListIdeaFinancingQuery, Result<IReadOnlyList<CallSummary>>>
{
    public async ValueTask<Result<IReadOnlyList<CallSummary>>> Handle(ListIdeaFinancingQuery query, CancellationToken cancellationToken)
    {
        var idea = await BankStore.FindIdeaAsync(db, query.IdeaId, cancellationToken);
        if (idea is null || !await IdeaAccess.CanSeeAsync(sender, user, idea, cancellationToken)) return BankErrors.IdeaNotFound(query.IdeaId);
        return (await sender.Send(new ListOpenCallsMatching(ApiJson.List<string>(idea.Sectors), ApiJson.List<string>(idea.Regions)), cancellationToken)).ToList();
    }
}

internal sealed record LinkIdeaToCallCommand : ICommand<Result<IdeaDetails>>
{
    [JsonIgnore]
    public Guid IdeaId { get; init; }

    public Guid? CallId { get; init; }
}

internal sealed class LinkIdeaToCallValidator : AbstractValidator<LinkIdeaToCallCommand>
{
    public LinkIdeaToCallValidator() => RuleFor(x => x.CallId).NotNull().WithMessage("Give the call to link.");
}

internal sealed class LinkIdeaToCallAuthorizer : IAuthorizer<LinkIdeaToCallCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(LinkIdeaToCallCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "Only staff link ideas to financing."));
}

internal sealed class LinkIdeaToCallHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user) : ICommandHandler<LinkIdeaToCallCommand, Result<IdeaDetails>>
{
    public async ValueTask<Result<IdeaDetails>> Handle(LinkIdeaToCallCommand command, CancellationToken cancellationToken)
    {
        var idea = await BankStore.FindIdeaAsync(db, command.IdeaId, cancellationToken);
        if (idea is null) return BankErrors.IdeaNotFound(command.IdeaId);
        if (!await IdeaAccess.CuratesAsync(sender, user, idea, cancellationToken)) return Error.Forbidden("Only staff of the idea's region link it to financing.");
        if (idea.StatusValue != IdeaStatus.Published) return Error.Conflict("idea.not_published", "Only a published idea is linked to financing.");
        var call = await sender.Send(new GetCallSummary(command.CallId!.Value), cancellationToken);
        if (call is null) return Error.Invalid("callId", $"No published call has id {command.CallId}.");
        if (!call.IsOpen) return Error.Conflict("call.not_open", "The call is not accepting applications; link an open call.");
        var existing = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM bank_financing_links WHERE idea_id = @IdeaId AND call_id = @CallId",
            new { command.IdeaId, CallId = call.Id }, cancellationToken);
        if (existing > 0) return Error.Conflict("financing.duplicate", "The idea is already linked to this call.");
        await db.ExecuteAsync("""
            INSERT INTO bank_financing_links (id, idea_id, call_id, program_code, call_title_ar, call_title_fr, linked_at)
            VALUES (@Id, @IdeaId, @CallId, @ProgramCode, @TitleAr, @TitleFr, @At)
            """, new { Id = Guid.NewGuid(), command.IdeaId, CallId = call.Id, call.ProgramCode, call.TitleAr, call.TitleFr, At = clock.GetUtcNow() }, cancellationToken);
        var after = idea.ToDetails(await BankStore.LinksAsync(db, idea.Id, cancellationToken));
        audit.Record("ideaFinancing", idea.Id, null, after.FinancingLinks);
        return after;
    }
}
