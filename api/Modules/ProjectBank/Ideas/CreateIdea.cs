using CoopHub.Contracts.Cooperatives;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.ProjectBank.Ideas;

internal sealed record CreateIdeaCommand : IdeaFields, ICommand<Result<IdeaDetails>>
{
    /// <summary>The cooperative proposing the idea; none for an idea staff write.</summary>
    public Guid? CooperativeId { get; init; }
}

internal sealed class CreateIdeaValidator(ReferenceData reference) : IdeaFieldsValidator<CreateIdeaCommand>(reference);

/// <summary>Staff, or the manager of the cooperative named; the cooperative's region is checked by the handler on the summary it reads.</summary>
internal sealed class CreateIdeaAuthorizer : IAuthorizer<CreateIdeaCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateIdeaCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(
            !user.IsAuthenticated ? AccessDenied.SignInRequired
            : message.CooperativeId is not { } coop ? (user.IsStaff ? null : AccessDenied.Forbidden("bank.idea.choose_your_cooperative"))
            : user.ManagesCooperative(coop) || user.IsStaff ? null
            : AccessDenied.Forbidden("bank.idea.propose_manager_or_staff"));
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
            if (coop is null) return Error.Invalid("cooperativeId", "bank.cooperative_unknown");
            if (!user.ManagesCooperative(coopId) && !user.CanManageRegion(coop.RegionCode))
            {
                return Error.Forbidden("bank.idea.propose_manager_or_staff");
            }
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

internal static class CreateIdeaEndpoint
{
    public static RouteGroupBuilder MapCreateIdea(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Results<Created<IdeaDetails>, ProblemHttpResult>> (CreateIdeaCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command, ct)).CreatedWithETag(response, i => ProjectBankRoutes.Idea(i.Id), i => i.Version))
            .WithName("CreateIdea")
            .RequireAuthorization()
            .WithSummary("Proposes an idea (a draft) for a cooperative, or as staff.")
            .ProducesProblems(400, 401, 403);
        return group;
    }
}
