using System.Text.Json.Serialization;
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
        if (row is null) return BankErrors.IdeaNotFound();
        if (!await IdeaAccess.CanEditAsync(sender, user, row, cancellationToken)) return Error.Forbidden("bank.idea.edit_author_or_staff");
        if (command.ExpectedVersion is { } expected && expected != row.Version)
        {
            return Error.PreconditionFailed();
        }
        if (row.StatusValue is not (IdeaStatus.Draft or IdeaStatus.Returned))
        {
            return Error.Conflict("idea.not_editable", ("status", BankText.Of(row.StatusValue)));
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
        if (changed == 0) return Error.PreconditionFailed();
        row.Version++;
        var after = row.ToDetails(await BankStore.LinksAsync(db, row.Id, cancellationToken));
        audit.Record("idea", row.Id, before, after);
        return after;
    }
}

internal static class UpdateIdeaEndpoint
{
    public static RouteGroupBuilder MapUpdateIdea(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}", (Guid id, UpdateIdeaCommand command, ISender sender, HttpRequest request, CancellationToken ct) =>
                request.WriteIfMatched(v => sender.Send(command with { Id = id, ExpectedVersion = v }, ct), i => i.Version))
            .WithName("UpdateIdea")
            .RequireAuthorization()
            .WithSummary("Edits a draft or returned idea. Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 409, 412, 428);
        return group;
    }
}
