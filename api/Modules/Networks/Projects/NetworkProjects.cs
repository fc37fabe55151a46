using System.Text.Json;
using System.Text.Json.Serialization;
using CoopHub.Networks.Model;
using CoopHub.Networks.Networks;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Networks.Projects;

internal enum ProjectStatus { Planned, Ongoing, Completed, Suspended }

internal sealed record NetworkProject(Guid Id, string Title, string? Description, string? Sector, IReadOnlyList<Guid> Memberships, DateOnly? StartedOn, ProjectStatus Status);

/// <summary>An environmental indicator the monitoring body chooses, e.g. "eau économisée" in m³.</summary>
internal sealed record EnvironmentalIndicator(string? Name, decimal? Value, string? Unit);

internal sealed record ImpactAssessment(Guid Id, DateOnly AssessedOn, int? Jobs, int? WomenInvolved, int? YouthInvolved, decimal? Revenue, decimal? Investment,
    IReadOnlyList<EnvironmentalIndicator> Environmental, string? Note);

internal sealed record ProjectImpactSeries(Guid ProjectId, string Title, IReadOnlyList<ImpactAssessment> Assessments);

/// <summary>Each tracked project's assessments in date order, so change over time can be drawn.</summary>
internal sealed record NetworkImpact(DateOnly? From, DateOnly? To, IReadOnlyList<ProjectImpactSeries> Projects);

internal sealed class ProjectRow
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Sector { get; set; }
    public string Memberships { get; set; } = "[]";
    public DateOnly? StartedOn { get; set; }
    public string Status { get; set; } = "";

    public NetworkProject ToApi() => new(Id, Title, Description, Sector, JsonSerializer.Deserialize<List<Guid>>(Memberships) ?? [], StartedOn, NetworkJson.Parse<ProjectStatus>(Status));
}

internal sealed class AssessmentRow
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public DateOnly AssessedOn { get; set; }
    public int? Jobs { get; set; }
    public int? WomenInvolved { get; set; }
    public int? YouthInvolved { get; set; }
    public decimal? Revenue { get; set; }
    public decimal? Investment { get; set; }
    public string Environmental { get; set; } = "[]";
    public string? Note { get; set; }

    public ImpactAssessment ToApi() => new(Id, AssessedOn, Jobs, WomenInvolved, YouthInvolved, Revenue, Investment,
        JsonSerializer.Deserialize<List<EnvironmentalIndicator>>(Environmental, NetworkJson.Options) ?? [], Note);
}

internal sealed record ListNetworkProjectsQuery(Guid NetworkId) : IQuery<Result<IReadOnlyList<NetworkProject>>>;

internal sealed class ListNetworkProjectsHandler(DbSession db) : IQueryHandler<ListNetworkProjectsQuery, Result<IReadOnlyList<NetworkProject>>>
{
    public async ValueTask<Result<IReadOnlyList<NetworkProject>>> Handle(ListNetworkProjectsQuery query, CancellationToken cancellationToken)
    {
        if (await NetworkQueries.FindAsync(db, query.NetworkId, cancellationToken) is null) return NetworkAccess.NetworkNotFound(query.NetworkId);
        return (await ProjectQueries.ListAsync(db, query.NetworkId, cancellationToken)).Select(p => p.ToApi()).ToList();
    }
}

internal static class ProjectQueries
{
    public static Task<IEnumerable<ProjectRow>> ListAsync(DbSession db, Guid networkId, CancellationToken ct)
        => db.QueryAsync<ProjectRow>("""
            SELECT p.id AS Id, p.title AS Title, p.description AS Description, p.sector AS Sector, p.memberships AS Memberships,
                   p.started_on AS StartedOn, p.status AS Status
            FROM net_projects p WHERE p.network_id = @NetworkId ORDER BY p.created_at, p.id
            """, new { NetworkId = networkId }, ct);
}

internal sealed record CreateNetworkProjectCommand : ICommand<Result<NetworkProject>>
{
    [JsonIgnore]
    public Guid NetworkId { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Sector { get; init; }

    /// <summary>Current memberships of the network involved in the project.</summary>
    public IReadOnlyList<Guid>? Memberships { get; init; }

    public DateOnly? StartedOn { get; init; }

    /// <summary>planned (default), ongoing, completed or suspended.</summary>
    public ProjectStatus? Status { get; init; }
}

internal sealed class CreateNetworkProjectValidator : AbstractValidator<CreateNetworkProjectCommand>
{
    public CreateNetworkProjectValidator(ReferenceData reference)
    {
        RuleFor(x => x.Title).SafeText().NotEmpty().WithMessage("Give the project's title.").MaximumLength(200).WithMessage("A title has at most 200 characters.");
        RuleFor(x => x.Description).SafeMultilineText().MaximumLength(2000).WithMessage("A description has at most 2000 characters.");
        RuleFor(x => x.Sector).Must(s => s is null || reference.FindSector(s) is not null).WithMessage("Unknown sector code.");
        RuleFor(x => x.Memberships).Must(m => m is null || m.Count <= 100).WithMessage("List at most 100 members.");
        RuleFor(x => x.StartedOn).Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithMessage("The start is before 1900.");
    }
}

internal sealed class CreateNetworkProjectAuthorizer(DbSession db) : IAuthorizer<CreateNetworkProjectCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(CreateNetworkProjectCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await NetworkAccess.ManageNetworkAsync(db, user, message.NetworkId, cancellationToken);
}

internal sealed class CreateNetworkProjectHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<CreateNetworkProjectCommand, Result<NetworkProject>>
{
    public async ValueTask<Result<NetworkProject>> Handle(CreateNetworkProjectCommand command, CancellationToken cancellationToken)
    {
        if (await NetworkQueries.FindAsync(db, command.NetworkId, cancellationToken) is null) return NetworkAccess.NetworkNotFound(command.NetworkId);
        var memberships = (command.Memberships ?? []).Distinct().ToList();
        var current = (await db.QueryAsync<Guid>("SELECT id FROM net_members WHERE network_id = @NetworkId AND left_on IS NULL", new { command.NetworkId }, cancellationToken)).ToHashSet();
        if (memberships.FirstOrDefault(m => !current.Contains(m)) is var stranger && stranger != Guid.Empty)
        {
            return Error.Invalid("memberships", $"{stranger} is not a current member of this network.");
        }
        var project = new NetworkProject(Guid.NewGuid(), command.Title!.Trim(), string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim(),
            command.Sector, memberships, command.StartedOn, command.Status ?? ProjectStatus.Planned);
        await db.ExecuteAsync("""
            INSERT INTO net_projects (id, network_id, title, description, sector, memberships, started_on, status, created_at)
            VALUES (@Id, @NetworkId, @Title, @Description, @Sector, @Memberships, @StartedOn, @Status, @CreatedAt)
            """, new
        {
            project.Id, command.NetworkId, project.Title, project.Description, project.Sector, Memberships = JsonSerializer.Serialize(memberships),
            project.StartedOn, Status = NetworkJson.Api(project.Status), CreatedAt = clock.GetUtcNow(),
        }, cancellationToken);
        audit.Record("networkProject", project.Id, null, project);
        return project;
    }
}

internal sealed record RecordImpactAssessmentCommand : ICommand<Result<ImpactAssessment>>
{
    [JsonIgnore]
    public Guid NetworkId { get; init; }

    [JsonIgnore]
    public Guid ProjectId { get; init; }

    public DateOnly? AssessedOn { get; init; }

    /// <summary>Social: jobs created or kept.</summary>
    public int? Jobs { get; init; }

    public int? WomenInvolved { get; init; }

    public int? YouthInvolved { get; init; }

    /// <summary>Economic, in dirhams.</summary>
    public decimal? Revenue { get; init; }

    /// <summary>Economic, in dirhams.</summary>
    public decimal? Investment { get; init; }

    public IReadOnlyList<EnvironmentalIndicator>? Environmental { get; init; }

    public string? Note { get; init; }
}

internal sealed class RecordImpactAssessmentValidator : AbstractValidator<RecordImpactAssessmentCommand>
{
    public RecordImpactAssessmentValidator(TimeProvider clock)
    {
        RuleFor(x => x.AssessedOn).NotNull().WithMessage("Give the date of the assessment.")
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("An assessment cannot be dated in the future.");
        RuleFor(x => x.Jobs).InclusiveBetween(0, 1_000_000).When(x => x.Jobs is not null).WithMessage("Jobs are between 0 and 1,000,000.");
        RuleFor(x => x.WomenInvolved).InclusiveBetween(0, 1_000_000).When(x => x.WomenInvolved is not null).WithMessage("Between 0 and 1,000,000.");
        RuleFor(x => x.YouthInvolved).InclusiveBetween(0, 1_000_000).When(x => x.YouthInvolved is not null).WithMessage("Between 0 and 1,000,000.");
        RuleFor(x => x.Revenue).InclusiveBetween(0m, 10_000_000_000m).When(x => x.Revenue is not null).WithMessage("Revenue is between 0 and 10 billion dirhams.");
        RuleFor(x => x.Investment).InclusiveBetween(0m, 10_000_000_000m).When(x => x.Investment is not null).WithMessage("Investment is between 0 and 10 billion dirhams.");
        RuleFor(x => x.Environmental).Must(e => e is null || e.Count <= 20).WithMessage("At most 20 environmental indicators.");
        RuleForEach(x => x.Environmental).NotNull().WithMessage("An indicator is empty.").ChildRules(i =>
        {
            i.RuleFor(x => x.Name).SafeText().NotEmpty().WithMessage("Name the indicator.").MaximumLength(100).WithMessage("At most 100 characters.");
            i.RuleFor(x => x.Value).NotNull().WithMessage("Give the indicator's value.");
            i.RuleFor(x => x.Unit).SafeText().MaximumLength(30).WithMessage("A unit has at most 30 characters.");
        });
        RuleFor(x => x.Note).SafeMultilineText().MaximumLength(1000).WithMessage("A note has at most 1000 characters.");
    }
}

internal sealed class RecordImpactAssessmentAuthorizer(DbSession db) : IAuthorizer<RecordImpactAssessmentCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(RecordImpactAssessmentCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await NetworkAccess.ManageNetworkAsync(db, user, message.NetworkId, cancellationToken);
}

internal sealed class RecordImpactAssessmentHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<RecordImpactAssessmentCommand, Result<ImpactAssessment>>
{
    public async ValueTask<Result<ImpactAssessment>> Handle(RecordImpactAssessmentCommand command, CancellationToken cancellationToken)
    {
        var project = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM net_projects WHERE id = @ProjectId AND network_id = @NetworkId", new { command.ProjectId, command.NetworkId }, cancellationToken);
        if (project == 0) return Error.NotFound("network.project_not_found", $"No project {command.ProjectId} in network {command.NetworkId}.");
        var exists = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM net_assessments WHERE project_id = @ProjectId AND assessed_on = @AssessedOn",
            new { command.ProjectId, command.AssessedOn }, cancellationToken);
        if (exists > 0) return Error.Conflict("network.assessment_exists", $"This project already has an assessment dated {command.AssessedOn:yyyy-MM-dd}.");
        var assessment = new ImpactAssessment(Guid.NewGuid(), command.AssessedOn!.Value, command.Jobs, command.WomenInvolved, command.YouthInvolved,
            command.Revenue, command.Investment, command.Environmental ?? [], string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim());
        await db.ExecuteAsync("""
            INSERT INTO net_assessments (id, project_id, network_id, assessed_on, jobs, women_involved, youth_involved, revenue, investment, environmental, note, created_at)
            VALUES (@Id, @ProjectId, @NetworkId, @AssessedOn, @Jobs, @WomenInvolved, @YouthInvolved, @Revenue, @Investment, @Environmental, @Note, @CreatedAt)
            """, new
        {
            assessment.Id, command.ProjectId, command.NetworkId, assessment.AssessedOn, assessment.Jobs, assessment.WomenInvolved, assessment.YouthInvolved,
            assessment.Revenue, assessment.Investment, Environmental = JsonSerializer.Serialize(assessment.Environmental, NetworkJson.Options), assessment.Note, CreatedAt = clock.GetUtcNow(),
        }, cancellationToken);
        audit.Record("impactAssessment", assessment.Id, null, assessment);
        return assessment;
    }
}

internal sealed record GetNetworkImpactQuery(Guid NetworkId, DateOnly? From, DateOnly? To) : IQuery<Result<NetworkImpact>>;

internal sealed class GetNetworkImpactValidator : AbstractValidator<GetNetworkImpactQuery>
{
    public GetNetworkImpactValidator() => RuleFor(x => x.To).Must((x, to) => to is null || x.From is null || to >= x.From).WithMessage("'to' is before 'from'.");
}

internal sealed class GetNetworkImpactHandler(DbSession db) : IQueryHandler<GetNetworkImpactQuery, Result<NetworkImpact>>
{
    public async ValueTask<Result<NetworkImpact>> Handle(GetNetworkImpactQuery query, CancellationToken cancellationToken)
    {
        if (await NetworkQueries.FindAsync(db, query.NetworkId, cancellationToken) is null) return NetworkAccess.NetworkNotFound(query.NetworkId);
        var projects = (await ProjectQueries.ListAsync(db, query.NetworkId, cancellationToken)).ToList();
        var assessments = (await db.QueryAsync<AssessmentRow>("""
            SELECT a.id AS Id, a.project_id AS ProjectId, a.assessed_on AS AssessedOn, a.jobs AS Jobs, a.women_involved AS WomenInvolved,
                   a.youth_involved AS YouthInvolved, a.revenue AS Revenue, a.investment AS Investment, a.environmental AS Environmental, a.note AS Note
            FROM net_assessments a
            WHERE a.network_id = @NetworkId AND (@From IS NULL OR a.assessed_on >= @From) AND (@To IS NULL OR a.assessed_on <= @To)
            ORDER BY a.assessed_on, a.id
            """, new { query.NetworkId, query.From, query.To }, cancellationToken)).ToList();
        return new NetworkImpact(query.From, query.To, projects.Select(p => new ProjectImpactSeries(p.Id, p.Title,
            assessments.Where(a => a.ProjectId == p.Id).Select(a => a.ToApi()).ToList())).ToList());
    }
}

internal static class NetworkProjectEndpoints
{
    public static RouteGroupBuilder MapNetworkProjects(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/projects", async Task<Results<Ok<IReadOnlyList<NetworkProject>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListNetworkProjectsQuery(id), ct)))
            .WithName("ListNetworkProjects")
            .WithSummary("Projects the network tracks.")
            .ProducesProblems(404);
        group.MapPost("/{id:guid}/projects", async Task<Results<Created<NetworkProject>, ProblemHttpResult>> (Guid id, CreateNetworkProjectCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { NetworkId = id }, ct)).Match<Results<Created<NetworkProject>, ProblemHttpResult>>(
                    p => TypedResults.Created($"/api/v1/networks/{id}/projects", p), e => e.ToProblem()))
            .WithName("CreateNetworkProject")
            .RequireAuthorization()
            .WithSummary("Starts tracking a project of the network's members.")
            .ProducesProblems(400, 401, 403, 404);
        group.MapPost("/{id:guid}/projects/{projectId:guid}/assessments", async Task<Results<Created<ImpactAssessment>, ProblemHttpResult>> (
                Guid id, Guid projectId, RecordImpactAssessmentCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { NetworkId = id, ProjectId = projectId }, ct)).Match<Results<Created<ImpactAssessment>, ProblemHttpResult>>(
                    a => TypedResults.Created($"/api/v1/networks/{id}/impact", a), e => e.ToProblem()))
            .WithName("RecordImpactAssessment")
            .RequireAuthorization()
            .WithSummary("Records a dated assessment of a project's social, economic and environmental impact (one per project and date).")
            .ProducesProblems(400, 401, 403, 404, 409);
        group.MapGet("/{id:guid}/impact", async Task<Results<Ok<NetworkImpact>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct, DateOnly? from = null, DateOnly? to = null) =>
                Ok(await sender.Send(new GetNetworkImpactQuery(id, from, to), ct)))
            .WithName("GetNetworkImpact")
            .WithSummary("Each tracked project's assessments between 'from' and 'to', oldest first: the series behind the impact chart.")
            .ProducesProblems(400, 404);
        return group;
    }
}
