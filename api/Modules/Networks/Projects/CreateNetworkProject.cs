using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Networks.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Networks.Projects;

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
        RuleFor(x => x.Title).SafeText().NotEmpty().WithText("networks.project_title_required").MaximumLength(200);
        RuleFor(x => x.Description).SafeMultilineText().MaximumLength(2000);
        RuleFor(x => x.Sector).KnownSector(reference);
        RuleFor(x => x.Memberships).Must(m => m is null || m.Count <= 100).WithText("networks.project_members_at_most_100");
        RuleFor(x => x.StartedOn).Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithText("networks.project_start_before_1900");
    }
}

internal sealed class CreateNetworkProjectAuthorizer : IAuthorizer<CreateNetworkProjectCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateNetworkProjectCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(NetworkAccess.MayManageNetworks(user));
}

internal sealed class CreateNetworkProjectHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<CreateNetworkProjectCommand, Result<NetworkProject>>
{
    public async ValueTask<Result<NetworkProject>> Handle(CreateNetworkProjectCommand command, CancellationToken cancellationToken)
    {
        var loaded = await NetworkAccess.LoadToManageAsync(db, user, command.NetworkId, NetworkErrors.NetworkNotFound(), cancellationToken);
        if (loaded.Error is { } refused) return refused;
        var memberships = (command.Memberships ?? []).Distinct().ToList();
        var current = (await db.QueryAsync<Guid>("SELECT id FROM net_members WHERE network_id = @NetworkId AND left_on IS NULL", new { command.NetworkId }, cancellationToken)).ToHashSet();
        if (memberships.FirstOrDefault(m => !current.Contains(m)) is var stranger && stranger != Guid.Empty)
        {
            return Error.Invalid("memberships", "networks.project_member_not_current");
        }
        var project = new NetworkProject(Guid.NewGuid(), command.Title!.Trim(), NetworkText.Clean(command.Description),
            command.Sector, memberships, command.StartedOn, command.Status ?? ProjectStatus.Planned);
        await db.ExecuteAsync("""
            INSERT INTO net_projects (id, network_id, title, description, sector, memberships, started_on, status, created_at)
            VALUES (@Id, @NetworkId, @Title, @Description, @Sector, @Memberships, @StartedOn, @Status, @CreatedAt)
            """, new
        {
            project.Id, command.NetworkId, project.Title, project.Description, project.Sector, Memberships = ApiJson.WriteList(memberships),
            project.StartedOn, Status = ApiJson.Api(project.Status), CreatedAt = clock.GetUtcNow(),
        }, cancellationToken);
        audit.Record("networkProject", project.Id, null, project);
        return project;
    }
}

internal static class CreateNetworkProjectEndpoint
{
    public static RouteGroupBuilder MapCreateNetworkProject(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/projects", async Task<Results<Created<NetworkProject>, ProblemHttpResult>> (Guid id, CreateNetworkProjectCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { NetworkId = id }, ct)).ToCreated(project => NetworksRoutes.Project(id, project.Id)))
            .WithName("CreateNetworkProject")
            .RequireAuthorization()
            .WithSummary("Starts tracking a project of the network's members.")
            .ProducesProblems(400, 401, 403, 404);
        return group;
    }
}
