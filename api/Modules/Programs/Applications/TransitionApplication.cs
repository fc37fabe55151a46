using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Programs.Model;
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
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Programs.Applications;

internal sealed record TransitionResult(ApplicationDetails Application, ApplicationDetails? Promoted);

internal sealed record TransitionApplicationCommand : ICommand<Result<TransitionResult>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    /// <summary>underReview, selected, waitlisted, rejected, supported, completed or withdrawn.</summary>
    public ApplicationStatus? To { get; init; }

    /// <summary>Required for decisions (selected, waitlisted, rejected) and withdrawals.</summary>
    public string? Reason { get; init; }
}

internal sealed class TransitionApplicationValidator : AbstractValidator<TransitionApplicationCommand>
{
    public TransitionApplicationValidator()
    {
        RuleFor(x => x.To).NotNull().WithText("programs.give_state_move")
            .Must(t => t is not (ApplicationStatus.Draft or ApplicationStatus.Submitted or ApplicationStatus.Eligible or ApplicationStatus.Ineligible))
            .WithText("programs.transition_not_here");
        RuleFor(x => x.Reason).NotEmpty().When(x => x.To is { } to && (ApplicationFlow.IsDecision(to) || to == ApplicationStatus.Withdrawn))
            .WithText("programs.give_reason_decision").MaximumLength(1000).WithText("programs.reason_most_1000_characters").SafeMultilineText();
    }
}

/// <summary>The applicant side may withdraw; every other move is staff's (which program's is the handler's check).</summary>
internal sealed class TransitionApplicationAuthorizer : IAuthorizer<TransitionApplicationCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(TransitionApplicationCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(message.To == ApplicationStatus.Withdrawn ? Require.SignedIn(user) : ProgramAccess.Staff(user, "decide"));
}

/// <summary>One move of the state machine (Model/ApplicationFlow), checked on the application loaded; a freed place goes to the waitlist.</summary>
internal sealed class TransitionApplicationHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user)
    : ICommandHandler<TransitionApplicationCommand, Result<TransitionResult>>
{
    public async ValueTask<Result<TransitionResult>> Handle(TransitionApplicationCommand command, CancellationToken cancellationToken)
    {
        if (await ProgramStore.FindApplicationInCallAsync(db, command.Id, cancellationToken) is not { } loaded) return ProgramStore.ApplicationNotFound(command.Id);
        var forbidden = command.To == ApplicationStatus.Withdrawn
            ? ApplicationAccess.ForApplicant(user, loaded, "withdraw_application")
            : ProgramAccess.Forbid(user, loaded.Call.ProgramRegionList, "decide");
        if (forbidden is not null) return forbidden;
        var (app, call) = loaded;
        if (command.ExpectedVersion is { } expected && expected != app.Version) return ApplicationRules.Stale(app, expected);
        var from = app.StatusValue;
        var to = command.To!.Value;
        var allowed = to == ApplicationStatus.Withdrawn
            ? ApplicationFlow.Open.Contains(from)
            : ApplicationFlow.StaffMoves.TryGetValue(from, out var next) && next.Contains(to);
        if (!allowed)
        {
            return Error.Conflict("application.transition_not_allowed", ("from", ProgramText.Status(from)), ("to", ProgramText.Status(to))) with
            {
                Extensions = new Dictionary<string, object?>
                {
                    ["allowed"] = (ApplicationFlow.StaffMoves.GetValueOrDefault(from) ?? []).Select(ApiJson.Api)
                        .Concat(ApplicationFlow.Open.Contains(from) ? ["withdrawn"] : []).ToList(),
                },
            };
        }
        if (to == ApplicationStatus.Selected)
        {
            var taken = await ApplicationFlow.AwardedCountAsync(db, call.Id, cancellationToken);
            if (taken >= call.Places)
            {
                return Error.Conflict("call.places_full", ("places", call.Places));
            }
        }
        var before = app.ToDetails();
        var now = clock.GetUtcNow();
        var actor = ProgramAccess.Actor(user);
        if (!await ApplicationFlow.MoveAsync(db, app, to, StoredReason.Typed(command.Reason), actor, now, cancellationToken))
        {
            return Error.PreconditionFailed();
        }
        audit.Record("application", app.Id, before, app.ToDetails());
        ApplicationRow? promoted = null;
        if (from == ApplicationStatus.Selected && to == ApplicationStatus.Withdrawn)
        {
            promoted = await ApplicationFlow.PromoteFirstWaitlistedAsync(db, call, actor, now, cancellationToken);
            if (promoted is not null) audit.Record("application", promoted.Id, null, promoted.ToDetails());
        }
        return new TransitionResult(app.ToDetails(), promoted?.ToDetails());
    }
}

internal static class TransitionApplicationEndpoint
{
    public static RouteGroupBuilder MapTransitionApplication(this RouteGroupBuilder applications)
    {
        applications.MapPost("/{id:guid}/transitions", async Task<Results<Ok<TransitionResult>, ProblemHttpResult>> (
                Guid id, TransitionApplicationCommand command, ISender sender, HttpRequest request, CancellationToken ct) =>
                Ok(await sender.Send(command with { Id = id, ExpectedVersion = ETags.Read(request).Version }, ct)))
            .WithName("TransitionApplication")
            .RequireAuthorization()
            .WithSummary("Moves an application: review, decisions with a reason (selected within the places), support, completion, withdrawal. A withdrawn selected application promotes the first waitlisted one.")
            .ProducesProblems(400, 401, 403, 404, 409, 412);
        return applications;
    }
}
