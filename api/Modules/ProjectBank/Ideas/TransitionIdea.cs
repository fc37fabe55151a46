using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Contracts.ProjectBank;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Outbox;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.ProjectBank.Ideas;

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
        RuleFor(x => x.To).NotNull().WithText("bank.idea.new_state_required", (_, _) => [("states", BankText.List(Enum.GetValues<IdeaStatus>().Where(s => s != IdeaStatus.Draft)))])
            .NotEqual(IdeaStatus.Draft).WithText("bank.idea.no_back_to_draft");
        RuleFor(x => x.Comment).NotEmpty().When(x => x.To == IdeaStatus.Returned).WithText("bank.idea.return_comment_required")
            .MaximumLength(2000).SafeMultilineText();
    }
}

/// <summary>Submitting is the author side's, curating is staff's; the handler checks the idea's region on the row it loads.</summary>
internal sealed class TransitionIdeaAuthorizer : IAuthorizer<TransitionIdeaCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(TransitionIdeaCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(!user.IsAuthenticated ? AccessDenied.SignInRequired
            : message.To == IdeaStatus.Submitted || user.IsStaff ? null : AccessDenied.Forbidden("bank.idea.staff_curate"));
}

/// <summary>draft → submitted → published | returned (with comments) → archived; a returned idea is edited and submitted again.</summary>
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
        if (row is null) return BankErrors.IdeaNotFound();
        var to = command.To!.Value;
        if (to == IdeaStatus.Submitted ? !await IdeaAccess.CanEditAsync(sender, user, row, cancellationToken) : !await IdeaAccess.CuratesAsync(sender, user, row, cancellationToken))
        {
            return Error.Forbidden(to == IdeaStatus.Submitted ? "bank.idea.submit_author_or_staff" : "bank.idea.staff_of_region_curate");
        }
        if (!Moves.TryGetValue(row.StatusValue, out var allowed) || !allowed.Contains(to))
        {
            var refused = allowed is null
                ? new Error(ErrorKind.Conflict, "idea.transition_not_allowed", ServerText.Get("bank.idea.archived_is_final"))
                : Error.Conflict("idea.transition_not_allowed", ("from", BankText.Of(row.StatusValue)), ("to", BankText.Of(to)), ("allowed", BankText.List(allowed)));
            return refused with { Extensions = new Dictionary<string, object?> { ["allowed"] = (allowed ?? []).Select(ApiJson.Api).ToList() } };
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
        if (changed == 0) return Error.PreconditionFailed();
        row.Version++;
        var after = row.ToDetails(await BankStore.LinksAsync(db, row.Id, cancellationToken));
        audit.Record("idea", row.Id, before, after);
        if (to == IdeaStatus.Returned)
        {
            await Outbox.WriteAsync(db, new IdeaReturnedEvent(row.Id, after.TitleAr, after.TitleFr, after.CooperativeId, row.CurationComment), now, cancellationToken);
        }
        if (to == IdeaStatus.Published)
        {
            await Outbox.WriteAsync(db, new IdeaPublishedEvent(
                row.Id, after.TitleAr, after.TitleFr, after.Sectors, after.Regions, after.Sdgs, after.CooperativeId, after.Regions.Count == 1 ? after.Regions[0] : null),
                now, cancellationToken);
        }
        return after;
    }
}

internal static class TransitionIdeaEndpoint
{
    public static RouteGroupBuilder MapTransitionIdea(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/transitions", async Task<Results<Ok<IdeaDetails>, ProblemHttpResult>> (
                Guid id, TransitionIdeaCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command with { Id = id }, ct)).OkWithETag(response, i => i.Version))
            .WithName("TransitionIdea")
            .RequireAuthorization()
            .WithSummary("Curation: submit (author), publish, return with comments, archive (staff).")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}
