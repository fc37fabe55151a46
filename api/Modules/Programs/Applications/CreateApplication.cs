using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Contracts.Cooperatives;
using CoopHub.Programs.Model;
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
    public CreateApplicationValidator() => RuleFor(x => x.CooperativeId).NotNull().WithText("programs.give_cooperative_applies");
}

internal sealed class CreateApplicationAuthorizer : IAuthorizer<CreateApplicationCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateApplicationCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>
/// Starts a cooperative's draft: the handler loads the call and the registry's summary once, and checks on them who may
/// act for the cooperative (403), whether the call is visible (a draft is 404 to outsiders) and open (409).
/// </summary>
internal sealed class CreateApplicationHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user)
    : ICommandHandler<CreateApplicationCommand, Result<ApplicationDetails>>
{
    public async ValueTask<Result<ApplicationDetails>> Handle(CreateApplicationCommand command, CancellationToken cancellationToken)
    {
        var call = await ProgramStore.FindCallAsync(db, command.CallId, cancellationToken);
        if (call is null) return ProgramStore.CallNotFound(command.CallId);
        var coop = await sender.Send(new GetCooperativeSummary(command.CooperativeId!.Value), cancellationToken);
        if (!ProgramAccess.CanActForApplicant(user, command.CooperativeId.Value, coop?.RegionCode, call.ProgramRegionList))
        {
            return Error.Forbidden("programs.applicant_side_only", ("action", ProgramText.Action("apply")));
        }
        if (!CallAccess.CanSee(user, call)) return ProgramStore.CallNotFound(command.CallId);
        var now = clock.GetUtcNow();
        if (ApplicationRules.Closed(call, now) is { } closed) return closed;
        if (coop is null) return Error.Invalid("cooperativeId", "programs.cooperative_unknown");
        var program = (await ProgramStore.FindProgramAsync(db, call.ProgramId, cancellationToken))!;
        if (command.CheckAgainst(program, call) is { } invalid) return invalid;
        var picked = await ApplicationDocuments.PickedAsync(sender, coop.Id, command.Documents, cancellationToken);
        if (picked.IsFailure) return picked.Error!;
        var existing = await db.QuerySingleOrDefaultAsync<Guid?>("SELECT id FROM prog_applications WHERE call_id = @CallId AND cooperative_id = @CoopId",
            new { CallId = call.Id, CoopId = coop.Id }, cancellationToken);
        if (existing is { } existingId) return ApplicationRules.Duplicate(existingId);
        var row = new ApplicationRow
        {
            Id = Guid.NewGuid(), CallId = call.Id, ProgramId = call.ProgramId, Status = ApiJson.Api(ApplicationStatus.Draft),
            Answers = command.AnswersJson(), Documents = command.DocumentsJson(picked.Value), Eligibility = "[]", Version = 1, CreatedAt = now, UpdatedAt = now,
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
        await ApplicationFlow.RecordAsync(db, row.Id, null, ApplicationStatus.Draft, null, ProgramAccess.Actor(user), now, cancellationToken);
        var details = row.ToDetails();
        audit.Record("application", row.Id, null, details);
        return details;
    }
}

internal static class CreateApplicationEndpoint
{
    public static RouteGroupBuilder MapCreateApplication(this RouteGroupBuilder calls)
    {
        calls.MapPost("/{id:guid}/applications", async Task<Results<Created<ApplicationDetails>, ProblemHttpResult>> (
                Guid id, CreateApplicationCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command with { CallId = id }, ct)).CreatedWithETag(response, a => ProgramsRoutes.Application(a.Id), a => a.Version))
            .WithName("CreateApplication")
            .RequireAuthorization()
            .WithSummary("Starts a cooperative's application (a draft). One per cooperative per call; closed calls answer 409.")
            .ProducesProblems(400, 401, 403, 404, 409);
        return calls;
    }
}
