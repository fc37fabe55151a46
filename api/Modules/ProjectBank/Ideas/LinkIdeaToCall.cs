using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Contracts.Programs;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.ProjectBank.Ideas;

internal sealed record LinkIdeaToCallCommand : ICommand<Result<IdeaDetails>>
{
    [JsonIgnore]
    public Guid IdeaId { get; init; }

    public Guid? CallId { get; init; }
}

internal sealed class LinkIdeaToCallValidator : AbstractValidator<LinkIdeaToCallCommand>
{
    public LinkIdeaToCallValidator() => RuleFor(x => x.CallId).NotNull().WithText("bank.financing.call_required");
}

/// <summary>Staff; the idea's region is checked by the handler on the row it loads.</summary>
internal sealed class LinkIdeaToCallAuthorizer : IAuthorizer<LinkIdeaToCallCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(LinkIdeaToCallCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "bank.financing.staff_only"));
}

internal sealed class LinkIdeaToCallHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user) : ICommandHandler<LinkIdeaToCallCommand, Result<IdeaDetails>>
{
    public async ValueTask<Result<IdeaDetails>> Handle(LinkIdeaToCallCommand command, CancellationToken cancellationToken)
    {
        var idea = await BankStore.FindIdeaAsync(db, command.IdeaId, cancellationToken);
        if (idea is null) return BankErrors.IdeaNotFound();
        if (!await IdeaAccess.CuratesAsync(sender, user, idea, cancellationToken)) return Error.Forbidden("bank.financing.staff_of_region");
        if (idea.StatusValue != IdeaStatus.Published) return new Error(ErrorKind.Conflict, "idea.not_published", ServerText.Get("bank.financing.idea_not_published"));
        var call = await sender.Send(new GetCallSummary(command.CallId!.Value), cancellationToken);
        if (call is null) return Error.Invalid("callId", "bank.financing.call_unknown");
        if (!call.IsOpen) return Error.Conflict("call.not_open", ("call", ReferenceNames.Pick(call.TitleAr, call.TitleFr)));
        var existing = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM bank_financing_links WHERE idea_id = @IdeaId AND call_id = @CallId",
            new { command.IdeaId, CallId = call.Id }, cancellationToken);
        if (existing > 0) return Error.Conflict("financing.duplicate", ("call", ReferenceNames.Pick(call.TitleAr, call.TitleFr)));
        await db.ExecuteAsync("""
            INSERT INTO bank_financing_links (id, idea_id, call_id, program_code, call_title_ar, call_title_fr, linked_at)
            VALUES (@Id, @IdeaId, @CallId, @ProgramCode, @TitleAr, @TitleFr, @At)
            """, new { Id = Guid.NewGuid(), command.IdeaId, CallId = call.Id, call.ProgramCode, call.TitleAr, call.TitleFr, At = clock.GetUtcNow() }, cancellationToken);
        var after = idea.ToDetails(await BankStore.LinksAsync(db, idea.Id, cancellationToken));
        audit.Record("ideaFinancing", idea.Id, null, after.FinancingLinks);
        return after;
    }
}

internal static class LinkIdeaToCallEndpoint
{
    public static RouteGroupBuilder MapLinkIdeaToCall(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/financing-links", async Task<Results<Ok<IdeaDetails>, ProblemHttpResult>> (Guid id, LinkIdeaToCallCommand command, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(command with { IdeaId = id }, ct)))
            .WithName("LinkIdeaToCall")
            .RequireAuthorization()
            .WithSummary("Links a published idea to an open call (staff).")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}
