using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Contracts.Cooperatives;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.ProjectBank.Ideas;

internal sealed record AdoptIdeaCommand : ICommand<Result<Adoption>>
{
    [JsonIgnore]
    public Guid IdeaId { get; init; }

    public Guid? CooperativeId { get; init; }
}

internal sealed class AdoptIdeaValidator : AbstractValidator<AdoptIdeaCommand>
{
    public AdoptIdeaValidator() => RuleFor(x => x.CooperativeId).NotNull().WithText("bank.adoption.cooperative_required");
}

/// <summary>Signed in; the cooperative's manager or staff of its region is checked by the handler on the summary it reads.</summary>
internal sealed class AdoptIdeaAuthorizer : IAuthorizer<AdoptIdeaCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(AdoptIdeaCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

internal sealed class AdoptIdeaHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user) : ICommandHandler<AdoptIdeaCommand, Result<Adoption>>
{
    public async ValueTask<Result<Adoption>> Handle(AdoptIdeaCommand command, CancellationToken cancellationToken)
    {
        var coopId = command.CooperativeId!.Value;
        var coop = await sender.Send(new GetCooperativeSummary(coopId), cancellationToken);
        if (coop is not null && !user.ManagesCooperative(coopId) && !user.CanManageRegion(coop.RegionCode))
        {
            return Error.Forbidden("bank.adoption.manager_or_staff");
        }
        var idea = await BankStore.FindIdeaAsync(db, command.IdeaId, cancellationToken);
        if (idea is null || idea.StatusValue != IdeaStatus.Published) return BankErrors.IdeaNotFound();
        if (coop is null) return Error.Invalid("cooperativeId", "bank.cooperative_unknown");
        var existing = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM bank_adoptions WHERE idea_id = @IdeaId AND cooperative_id = @CoopId",
            new { command.IdeaId, CoopId = coop.Id }, cancellationToken);
        if (existing > 0) return Error.Conflict("adoption.duplicate", ("cooperative", ReferenceNames.Pick(coop.NameAr, coop.NameFr)));
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

internal static class AdoptIdeaEndpoint
{
    public static RouteGroupBuilder MapAdoptIdea(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/adoptions", async Task<Results<Created<Adoption>, ProblemHttpResult>> (Guid id, AdoptIdeaCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { IdeaId = id }, ct)).ToCreated(a => ProjectBankRoutes.IdeaAdoption(id, a.Id)))
            .WithName("AdoptIdea")
            .RequireAuthorization()
            .WithSummary("Records that a cooperative takes up a published idea.")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}
