using System.Text.Json.Serialization;
using CoopHub.Contracts.Cooperatives;
using CoopHub.Programs.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using Mediator;
using CoopHub.Shared.Http;

namespace CoopHub.Programs.Applications;

internal sealed record CreateApplicationCommand : ApplicationFields, ICommand<Result<ApplicationDetails>>
{
    [JsonIgnore]
    public Guid CallId { get; init; }

    /// <summary>The cooperative applying.</summary>
    public Guid? CooperativeId { get; init; }
}

internal sealed class CreateApplicationValidator : ApplicationFieldsValidator<CreateApplicationCommand>
{
    public CreateApplicationValidator() => RuleFor(x => x.CooperativeId).NotNull().WithMessage("Give the cooperative that applies.");
}

internal sealed class CreateApplicationAuthorizer(DbSession db, ISender sender) : IAuthorizer<CreateApplicationCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(CreateApplicationCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated) return AccessDenied.SignInRequired;
        var call = await ProgramStore.FindCallAsync(db, message.CallId, cancellationToken);
        if (call is null || message.CooperativeId is not { } coopId) return null;
        var coop = await sender.Send(new GetCooperativeSummary(coopId), cancellationToken);
        return ProgramAccess.CanActForApplicant(user, coopId, coop?.RegionCode, call.ProgramRegionList) ? null
            : AccessDenied.Forbidden("Only the cooperative's manager, or staff of its region or of the program, can apply for it.");
    }
}

internal sealed class CreateApplicationHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user)
    : ICommandHandler<CreateApplicationCommand, Result<ApplicationDetails>>
{
    public async ValueTask<Result<ApplicationDetails>> Handle(CreateApplicationCommand command, CancellationToken cancellationToken)
    {
        var call = await ProgramStore.FindCallAsync(db, command.CallId, cancellationToken);
        if (call is null || !CallAccess.CanSee(user, call)) return ProgramStore.CallNotFound(command.CallId);
        var now = clock.GetUtcNow();
        if (ApplicationRules.Closed(call, now) is { } closed) return closed;
        var coop = await sender.Send(new GetCooperativeSummary(command.CooperativeId!.Value), cancellationToken);
        if (coop is null) return Error.Invalid("cooperativeId", $"No cooperative has id {command.CooperativeId} in the registry.");
        var program = (await ProgramStore.FindProgramAsync(db, call.ProgramId, cancellationToken))!;
        if (command.CheckAgainst(program, call) is { } invalid) return invalid;
        var existing = await db.QuerySingleOrDefaultAsync<Guid?>("SELECT id FROM prog_applications WHERE call_id = @CallId AND cooperative_id = @CoopId",
            new { CallId = call.Id, CoopId = coop.Id }, cancellationToken);
        if (existing is { } existingId) return ApplicationRules.Duplicate(existingId);
        var row = new ApplicationRow
        {
            Id = Guid.NewGuid(), CallId = call.Id, ProgramId = call.ProgramId, Status = ApiJson.Api(ApplicationStatus.Draft),
            Answers = command.AnswersJson(), Documents = command.DocumentsJson(), Eligibility = "[]", Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        ApplicationRules.Snapshot(row, coop);
        try
        {
            await db.ExecuteAsync("""
                INSERT INTO prog_applications (id, call_id, program_id, cooperative_id, cooperative_name_ar, cooperative_name_fr, region_code, province_code,
                    sectors, women_led, status, answers, documents, eligibility, eligibility_overridden, submitted_at, decision_reason, version, created_at, updated_at)
                VALUES (@Id, @CallId, @ProgramId, @CooperativeId, @CooperativeNameAr, @CooperativeNameFr, @RegionCode, @ProvinceCode,
                    @Sectors, @WomenLed, @Status, @Answers, @Documents, @Eligibility, @EligibilityOverridden, @SubmittedAt, @DecisionReason, @Version, @CreatedAt, @UpdatedAt)
                """, row, cancellationToken);
        }
        catch (Exception ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Two first applications raced: the database's unique index decided.
            return ApplicationRules.Duplicate(null);
        }
        await ApplicationFlow.RecordAsync(db, row.Id, null, ApplicationStatus.Draft, null, ProgramAccess.ActorName(user), now, cancellationToken);
        var details = row.ToDetails();
        audit.Record("application", row.Id, null, details);
        return details;
    }
}

internal sealed record UpdateApplicationCommand : ApplicationFields, ICommand<Result<ApplicationDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateApplicationValidator : ApplicationFieldsValidator<UpdateApplicationCommand>;

internal sealed class UpdateApplicationAuthorizer(DbSession db) : IAuthorizer<UpdateApplicationCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(UpdateApplicationCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await ApplicantChecks.ApplicantAccessAsync(db, user, message.Id, "change this application", cancellationToken);
}

internal sealed class UpdateApplicationHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<UpdateApplicationCommand, Result<ApplicationDetails>>
{
    public async ValueTask<Result<ApplicationDetails>> Handle(UpdateApplicationCommand command, CancellationToken cancellationToken)
    {
        var app = await ProgramStore.FindApplicationAsync(db, command.Id, cancellationToken);
        if (app is null) return ProgramStore.ApplicationNotFound(command.Id);
        if (command.ExpectedVersion is { } expected && expected != app.Version) return ApplicationRules.Stale(app, expected);
        if (app.StatusValue != ApplicationStatus.Draft)
        {
            return Error.Conflict("application.not_draft", $"The application is {ApiJson.Api(app.StatusValue)}; only a draft can be edited.");
        }
        var call = (await ProgramStore.FindCallAsync(db, app.CallId, cancellationToken))!;
        var program = (await ProgramStore.FindProgramAsync(db, call.ProgramId, cancellationToken))!;
        if (command.CheckAgainst(program, call) is { } invalid) return invalid;
        var before = app.ToDetails();
        app.Answers = command.AnswersJson();
        app.Documents = command.DocumentsJson();
        app.UpdatedAt = clock.GetUtcNow();
        var changed = await db.ExecuteAsync("""
            UPDATE prog_applications SET answers = @Answers, documents = @Documents, updated_at = @UpdatedAt, version = version + 1
            WHERE id = @Id AND version = @Version
            """, app, cancellationToken);
        if (changed == 0) return Error.PreconditionFailed("The application changed while you were saving: read it again.");
        app.Version++;
        var after = app.ToDetails();
        audit.Record("application", app.Id, before, after);
        return after;
    }
}

/// <summary>Files a draft: the deadline (Casablanca time) and the mandatory documents are checked, then eligibility.</summary>
internal sealed record SubmitApplicationCommand(Guid Id, int? ExpectedVersion) : ICommand<Result<ApplicationDetails>>;

internal sealed class SubmitApplicationAuthorizer(DbSession db) : IAuthorizer<SubmitApplicationCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(SubmitApplicationCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await ApplicantChecks.ApplicantAccessAsync(db, user, message.Id, "submit this application", cancellationToken);
}

internal sealed class SubmitApplicationHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user)
    : ICommandHandler<SubmitApplicationCommand, Result<ApplicationDetails>>
{
    public async ValueTask<Result<ApplicationDetails>> Handle(SubmitApplicationCommand command, CancellationToken cancellationToken)
    {
        var app = await ProgramStore.FindApplicationAsync(db, command.Id, cancellationToken);
        if (app is null) return ProgramStore.ApplicationNotFound(command.Id);
        if (command.ExpectedVersion is { } expected && expected != app.Version) return ApplicationRules.Stale(app, expected);
        if (app.StatusValue != ApplicationStatus.Draft)
        {
            return Error.Conflict("application.not_draft", $"The application is already {ApiJson.Api(app.StatusValue)}; only a draft is submitted.");
        }
        var call = (await ProgramStore.FindCallAsync(db, app.CallId, cancellationToken))!;
        var now = clock.GetUtcNow();
        if (ApplicationRules.Closed(call, now) is { } closed) return closed;
        var linked = ApiJson.List<DocumentLink>(app.Documents).Select(d => d.Key).ToHashSet();
        var missing = call.DocumentList.Where(d => d.Mandatory && !linked.Contains(d.Key)).Select(d => d.Key).ToList();
        if (missing.Count > 0)
        {
            return new Error(ErrorKind.Unprocessable, "application.documents_missing", $"Link the mandatory documents before submitting: {string.Join(", ", missing)}.",
                new Dictionary<string, string[]> { ["documents"] = missing.Select(k => $"Missing mandatory document '{k}'.").ToArray() },
                new Dictionary<string, object?> { ["missingDocuments"] = missing });
        }
        var coop = await sender.Send(new GetCooperativeSummary(app.CooperativeId), cancellationToken);
        if (coop is null) return Error.Conflict("application.cooperative_missing", "The cooperative is no longer in the registry.");
        var before = app.ToDetails();
        ApplicationRules.Snapshot(app, coop);
        var failures = Eligibility.Evaluate(call.RuleSet, coop, await Eligibility.PreviousAwardsAsync(db, coop.Id, call.Id, cancellationToken), Casablanca.Today(clock));
        app.Eligibility = ApiJson.Write(failures);
        await db.ExecuteAsync("""
            UPDATE prog_applications SET cooperative_name_ar = @CooperativeNameAr, cooperative_name_fr = @CooperativeNameFr, region_code = @RegionCode,
                province_code = @ProvinceCode, sectors = @Sectors, women_led = @WomenLed, eligibility = @Eligibility
            WHERE id = @Id
            """, app, cancellationToken);
        var actor = ProgramAccess.ActorName(user);
        if (!await ApplicationFlow.MoveAsync(db, app, ApplicationStatus.Submitted, null, actor, now, cancellationToken, submittedAt: now))
        {
            return Error.PreconditionFailed("The application changed while you were submitting: read it again.");
        }
        var to = failures.Count == 0 ? ApplicationStatus.Eligible : ApplicationStatus.Ineligible;
        var reason = failures.Count == 0 ? "Meets every rule of the call." : string.Join(" ", failures.Select(f => f.Message));
        await ApplicationFlow.MoveAsync(db, app, to, reason, "eligibility check", now, cancellationToken);
        var after = app.ToDetails();
        audit.Record("application", app.Id, before, after);
        return after;
    }
}

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
        RuleFor(x => x.Eligible).NotNull().WithMessage("Say whether the application is eligible (true or false).");
        RuleFor(x => x.Reason).SafeMultilineText().NotEmpty().WithMessage("Give the reason for overriding the eligibility check.")
            .MaximumLength(1000).WithMessage("A reason has at most 1000 characters.");
    }
}

internal sealed class OverrideEligibilityAuthorizer(DbSession db) : IAuthorizer<OverrideEligibilityCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(OverrideEligibilityCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await ApplicantChecks.ProgramStaffAccessAsync(db, user, message.Id, "override eligibility", cancellationToken);
}

internal sealed class OverrideEligibilityHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user)
    : ICommandHandler<OverrideEligibilityCommand, Result<ApplicationDetails>>
{
    public async ValueTask<Result<ApplicationDetails>> Handle(OverrideEligibilityCommand command, CancellationToken cancellationToken)
    {
        var app = await ProgramStore.FindApplicationAsync(db, command.Id, cancellationToken);
        if (app is null) return ProgramStore.ApplicationNotFound(command.Id);
        if (command.ExpectedVersion is { } expected && expected != app.Version) return ApplicationRules.Stale(app, expected);
        if (app.StatusValue is not (ApplicationStatus.Eligible or ApplicationStatus.Ineligible))
        {
            return Error.Conflict("application.not_checked", $"The application is {ApiJson.Api(app.StatusValue)}; eligibility can be overridden only before review starts.");
        }
        var to = command.Eligible!.Value ? ApplicationStatus.Eligible : ApplicationStatus.Ineligible;
        if (to == app.StatusValue) return Error.Conflict("application.same_status", $"The application is already {ApiJson.Api(to)}.");
        var before = app.ToDetails();
        if (!await ApplicationFlow.MoveAsync(db, app, to, "Eligibility override: " + command.Reason!.Trim(), ProgramAccess.ActorName(user), clock.GetUtcNow(), cancellationToken, overridden: true))
        {
            return Error.PreconditionFailed("The application changed meanwhile: read it again.");
        }
        var after = app.ToDetails();
        audit.Record("application", app.Id, before, after);
        return after;
    }
}

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
        RuleFor(x => x.To).NotNull().WithMessage("Give the state to move to.")
            .Must(t => t is not (ApplicationStatus.Draft or ApplicationStatus.Submitted or ApplicationStatus.Eligible or ApplicationStatus.Ineligible))
            .WithMessage("Submit with /submit and change eligibility with /eligibility; here use underReview, selected, waitlisted, rejected, supported, completed or withdrawn.");
        RuleFor(x => x.Reason).NotEmpty().When(x => x.To is { } to && (ApplicationFlow.IsDecision(to) || to == ApplicationStatus.Withdrawn))
            .WithMessage("Give the reason for this decision.").MaximumLength(1000).WithMessage("A reason has at most 1000 characters.").SafeMultilineText();
    }
}

internal sealed class TransitionApplicationAuthorizer(DbSession db) : IAuthorizer<TransitionApplicationCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(TransitionApplicationCommand message, CurrentUser user, CancellationToken cancellationToken)
        => message.To == ApplicationStatus.Withdrawn
            ? await ApplicantChecks.ApplicantAccessAsync(db, user, message.Id, "withdraw this application", cancellationToken)
            : await ApplicantChecks.ProgramStaffAccessAsync(db, user, message.Id, "decide on applications", cancellationToken);
}

internal sealed class TransitionApplicationHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user)
    : ICommandHandler<TransitionApplicationCommand, Result<TransitionResult>>
{
    public async ValueTask<Result<TransitionResult>> Handle(TransitionApplicationCommand command, CancellationToken cancellationToken)
    {
        var app = await ProgramStore.FindApplicationAsync(db, command.Id, cancellationToken);
        if (app is null) return ProgramStore.ApplicationNotFound(command.Id);
        if (command.ExpectedVersion is { } expected && expected != app.Version) return ApplicationRules.Stale(app, expected);
        var from = app.StatusValue;
        var to = command.To!.Value;
        var allowed = to == ApplicationStatus.Withdrawn
            ? ApplicationFlow.Open.Contains(from)
            : ApplicationFlow.StaffMoves.TryGetValue(from, out var next) && next.Contains(to);
        if (!allowed)
        {
            return new Error(ErrorKind.Conflict, "application.transition_not_allowed",
                $"An application cannot go from {ApiJson.Api(from)} to {ApiJson.Api(to)}.",
                Extensions: new Dictionary<string, object?>
                {
                    ["allowed"] = (ApplicationFlow.StaffMoves.GetValueOrDefault(from) ?? []).Select(ApiJson.Api)
                        .Concat(ApplicationFlow.Open.Contains(from) ? ["withdrawn"] : []).ToList(),
                });
        }
        var call = (await ProgramStore.FindCallAsync(db, app.CallId, cancellationToken))!;
        if (to == ApplicationStatus.Selected)
        {
            var taken = await ApplicationFlow.AwardedCountAsync(db, call.Id, cancellationToken);
            if (taken >= call.Places)
            {
                return Error.Conflict("call.places_full", $"All {call.Places} places of the call are taken; waitlist the application or free a place first.");
            }
        }
        var before = app.ToDetails();
        var now = clock.GetUtcNow();
        var actor = ProgramAccess.ActorName(user);
        if (!await ApplicationFlow.MoveAsync(db, app, to, string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), actor, now, cancellationToken))
        {
            return Error.PreconditionFailed("The application changed meanwhile: read it again.");
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

internal static class ApplicantChecks
{
    /// <summary>The applicant side: the cooperative's manager, staff of its region or of the program. Unknown ids pass (the handler answers 404).</summary>
    public static async Task<AccessDenied?> ApplicantAccessAsync(DbSession db, CurrentUser user, Guid applicationId, string what, CancellationToken ct)
    {
        if (!user.IsAuthenticated) return AccessDenied.SignInRequired;
        var app = await ProgramStore.FindApplicationAsync(db, applicationId, ct);
        if (app is null) return null;
        var call = (await ProgramStore.FindCallAsync(db, app.CallId, ct))!;
        return ProgramAccess.CanActForApplicant(user, app.CooperativeId, app.RegionCode, call.ProgramRegionList) ? null
            : AccessDenied.Forbidden($"Only the cooperative's manager, or staff of its region or of the program, can {what}.");
    }

    /// <summary>Staff running the application's program.</summary>
    public static async Task<AccessDenied?> ProgramStaffAccessAsync(DbSession db, CurrentUser user, Guid applicationId, string what, CancellationToken ct)
    {
        if (!user.IsAuthenticated) return AccessDenied.SignInRequired;
        var app = await ProgramStore.FindApplicationAsync(db, applicationId, ct);
        if (app is null) return user.IsStaff ? null : AccessDenied.Forbidden($"Only staff can {what}.");
        var call = (await ProgramStore.FindCallAsync(db, app.CallId, ct))!;
        return ProgramAccess.Manage(user, call.ProgramRegionList, what);
    }
}
