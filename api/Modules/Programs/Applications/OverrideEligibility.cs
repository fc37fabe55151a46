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

namespace CoopHub.Programs.Applications;

internal sealed record OverrideEligibilityCommand : ICommand<Result<ApplicationDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    /// <summary>The staff decision: eligible or not, whatever the automatic check said.</summary>
    public bool? Eligible { get; init; }

    public string? Reason { get; init; }
}

internal sealed class OverrideEligibilityValidator : AbstractValidator<OverrideEligibilityCommand>
{
    public OverrideEligibilityValidator()
    {
        RuleFor(x => x.Eligible).NotNull().WithText("programs.say_whether_application_eligible_true_false");
        RuleFor(x => x.Reason).SafeMultilineText().NotEmpty().WithText("programs.give_reason_overriding_eligibility_check")
            .MaximumLength(1000).WithText("programs.reason_most_1000_characters");
    }
}

internal sealed class OverrideEligibilityAuthorizer : IAuthorizer<OverrideEligibilityCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(OverrideEligibilityCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(ProgramAccess.Staff(user, "override_eligibility"));
}

/// <summary>Staff running the program overrule the automatic check, with a reason, before review starts.</summary>

internal sealed class OverrideEligibilityHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user)
    : ICommandHandler<OverrideEligibilityCommand, Result<ApplicationDetails>>
{
    public async ValueTask<Result<ApplicationDetails>> Handle(OverrideEligibilityCommand command, CancellationToken cancellationToken)
    {
        if (await ProgramStore.FindApplicationInCallAsync(db, command.Id, cancellationToken) is not (var app, var call)) return ProgramStore.ApplicationNotFound(command.Id);
        if (ProgramAccess.Forbid(user, call.ProgramRegionList, "override_eligibility") is { } forbidden) return forbidden;
        if (command.ExpectedVersion is { } expected && expected != app.Version) return ApplicationRules.Stale(app, expected);
        if (app.StatusValue is not (ApplicationStatus.Eligible or ApplicationStatus.Ineligible))
        {
            return Error.Conflict("application.not_checked", ("status", ProgramText.Status(app.StatusValue)));
        }
        var to = command.Eligible!.Value ? ApplicationStatus.Eligible : ApplicationStatus.Ineligible;
        if (to == app.StatusValue) return Error.Conflict("application.same_status", ("status", ProgramText.Status(to)));
        var before = app.ToDetails();
        if (!await ApplicationFlow.MoveAsync(db, app, to, StoredReason.Of("programs.history.eligibility_override", ("reason", command.Reason!.Trim())), ProgramAccess.Actor(user), clock.GetUtcNow(), cancellationToken, overridden: true))
        {
            return Error.PreconditionFailed();
        }
        var after = app.ToDetails();
        audit.Record("application", app.Id, before, after);
        return after;
    }
}

internal static class OverrideEligibilityEndpoint
{
    public static RouteGroupBuilder MapOverrideEligibility(this RouteGroupBuilder applications)
    {
        applications.MapPost("/{id:guid}/eligibility", async Task<Results<Ok<ApplicationDetails>, ProblemHttpResult>> (
                Guid id, OverrideEligibilityCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command with { Id = id, ExpectedVersion = ETags.Read(request).Version }, ct)).OkWithETag(response, a => a.Version))
            .WithName("OverrideEligibility")
            .RequireAuthorization()
            .WithSummary("Staff override of the eligibility check, with a reason.")
            .ProducesProblems(400, 401, 403, 404, 409, 412);
        return applications;
    }
}
