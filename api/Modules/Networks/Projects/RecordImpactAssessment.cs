using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Networks.Model;
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

namespace CoopHub.Networks.Projects;

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
        RuleFor(x => x.AssessedOn).NotNull().WithText("networks.assessed_on_required")
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithText("networks.assessed_in_future");
        RuleFor(x => x.Jobs).InclusiveBetween(0, 1_000_000).When(x => x.Jobs is not null).WithText("networks.jobs_range");
        RuleFor(x => x.WomenInvolved).InclusiveBetween(0, 1_000_000).When(x => x.WomenInvolved is not null).WithText("networks.people_range");
        RuleFor(x => x.YouthInvolved).InclusiveBetween(0, 1_000_000).When(x => x.YouthInvolved is not null).WithText("networks.people_range");
        RuleFor(x => x.Revenue).InclusiveBetween(0m, 10_000_000_000m).When(x => x.Revenue is not null).WithText("networks.revenue_range");
        RuleFor(x => x.Investment).InclusiveBetween(0m, 10_000_000_000m).When(x => x.Investment is not null).WithText("networks.investment_range");
        RuleFor(x => x.Environmental).Must(e => e is null || e.Count <= 20).WithText("networks.indicators_at_most_20");
        RuleForEach(x => x.Environmental).NotNull().WithText("networks.indicator_empty").ChildRules(i =>
        {
            i.RuleFor(x => x.Name).SafeText().NotEmpty().WithText("networks.indicator_name_required").MaximumLength(100);
            i.RuleFor(x => x.Value).NotNull().WithText("networks.indicator_value_required");
            i.RuleFor(x => x.Unit).SafeText().MaximumLength(30);
        });
        RuleFor(x => x.Note).SafeMultilineText().MaximumLength(1000);
    }
}

internal sealed class RecordImpactAssessmentAuthorizer : IAuthorizer<RecordImpactAssessmentCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RecordImpactAssessmentCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(NetworkAccess.MayManageNetworks(user));
}

internal sealed class RecordImpactAssessmentHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<RecordImpactAssessmentCommand, Result<ImpactAssessment>>
{
    public async ValueTask<Result<ImpactAssessment>> Handle(RecordImpactAssessmentCommand command, CancellationToken cancellationToken)
    {
        var noProject = NetworkErrors.ProjectNotFound();
        var loaded = await NetworkAccess.LoadToManageAsync(db, user, command.NetworkId, noProject, cancellationToken);
        if (loaded.Error is { } refused) return refused;
        var project = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM net_projects WHERE id = @ProjectId AND network_id = @NetworkId", new { command.ProjectId, command.NetworkId }, cancellationToken);
        if (project == 0) return noProject;
        var exists = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM net_assessments WHERE project_id = @ProjectId AND assessed_on = @AssessedOn",
            new { command.ProjectId, command.AssessedOn }, cancellationToken);
        if (exists > 0) return Error.Conflict("network.assessment_exists", ("assessedOn", command.AssessedOn));
        var assessment = new ImpactAssessment(Guid.NewGuid(), command.AssessedOn!.Value, command.Jobs, command.WomenInvolved, command.YouthInvolved,
            command.Revenue, command.Investment, command.Environmental ?? [], NetworkText.Clean(command.Note));
        await db.ExecuteAsync("""
            INSERT INTO net_assessments (id, project_id, network_id, assessed_on, jobs, women_involved, youth_involved, revenue, investment, environmental, note, created_at)
            VALUES (@Id, @ProjectId, @NetworkId, @AssessedOn, @Jobs, @WomenInvolved, @YouthInvolved, @Revenue, @Investment, @Environmental, @Note, @CreatedAt)
            """, new
        {
            assessment.Id, command.ProjectId, command.NetworkId, assessment.AssessedOn, assessment.Jobs, assessment.WomenInvolved, assessment.YouthInvolved,
            assessment.Revenue, assessment.Investment, Environmental = ApiJson.Write(assessment.Environmental), assessment.Note, CreatedAt = clock.GetUtcNow(),
        }, cancellationToken);
        audit.Record("impactAssessment", assessment.Id, null, assessment);
        return assessment;
    }
}

internal static class RecordImpactAssessmentEndpoint
{
    public static RouteGroupBuilder MapRecordImpactAssessment(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/projects/{projectId:guid}/assessments", async Task<Results<Created<ImpactAssessment>, ProblemHttpResult>> (
                Guid id, Guid projectId, RecordImpactAssessmentCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { NetworkId = id, ProjectId = projectId }, ct)).ToCreated(assessment => NetworksRoutes.Assessment(id, projectId, assessment.Id)))
            .WithName("RecordImpactAssessment")
            .RequireAuthorization()
            .WithSummary("Records a dated assessment of a project's social, economic and environmental impact (one per project and date).")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}
