using CoopHub.Shared.Localization;
using CoopHub.Contracts.Cooperatives;
using CoopHub.Programs.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Applications;

/// <summary>
/// Files a draft: the deadline (Casablanca time) and the mandatory documents are checked, the vault documents it picked
/// are pinned (ADR 0030), then eligibility.
/// </summary>
internal sealed record SubmitApplicationCommand(Guid Id, int? ExpectedVersion) : ICommand<Result<ApplicationDetails>>;

internal sealed class SubmitApplicationAuthorizer : IAuthorizer<SubmitApplicationCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(SubmitApplicationCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

internal sealed class SubmitApplicationHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user)
    : ICommandHandler<SubmitApplicationCommand, Result<ApplicationDetails>>
{
    public async ValueTask<Result<ApplicationDetails>> Handle(SubmitApplicationCommand command, CancellationToken cancellationToken)
    {
        if (await ProgramStore.FindApplicationInCallAsync(db, command.Id, cancellationToken) is not { } loaded) return ProgramStore.ApplicationNotFound(command.Id);
        if (ApplicationAccess.ForApplicant(user, loaded, "submit_application") is { } forbidden) return forbidden;
        var (app, call) = loaded;
        if (command.ExpectedVersion is { } expected && expected != app.Version) return ApplicationRules.Stale(app, expected);
        if (app.StatusValue != ApplicationStatus.Draft)
        {
            return Error.Conflict("application.not_draft", ("status", ProgramText.Status(app.StatusValue)));
        }
        var now = clock.GetUtcNow();
        if (ApplicationRules.Closed(call, now) is { } closed) return closed;
        var linked = app.DocumentList.Select(d => d.Key).ToHashSet();
        var missing = call.DocumentList.Where(d => d.Mandatory && !linked.Contains(d.Key)).ToList();
        if (missing.Count > 0)
        {
            var names = missing.Select(d => ProgramText.Name(d.Key, d.NameAr, d.NameFr, d.NameEn)).ToList();
            return Error.Unprocessable("application.documents_missing", ("documents", ServerText.List(names))) with
            {
                Fields = new Dictionary<string, string[]> { ["documents"] = names.Select(n => ServerText.Get("programs.document_missing", ("document", n))).ToArray() },
                Extensions = new Dictionary<string, object?>
                {
                    ["missingDocuments"] = missing.Select(d => d.Key).ToList(),
                    ["fieldCodes"] = new Dictionary<string, string[]> { ["documents"] = missing.Select(_ => "programs.document_missing").ToArray() },
                },
            };
        }
        var coop = await sender.Send(new GetCooperativeSummary(app.CooperativeId), cancellationToken);
        if (coop is null) return Error.Conflict("application.cooperative_missing");
        var before = app.ToDetails();
        // The picked vault documents become the application's as they are now (ADR 0030).
        if (await ApplicationDocuments.PinAsync(sender, app, now, cancellationToken) is { } unpinned) return unpinned;
        ApplicationRules.Snapshot(app, coop);
        var failures = Eligibility.Evaluate(call.RuleSet, coop, await Eligibility.PreviousAwardsAsync(db, coop.Id, call.Id, cancellationToken), Casablanca.Today(clock));
        app.Eligibility = ApiJson.WriteList(failures);
        await db.ExecuteAsync("""
            UPDATE prog_applications SET cooperative_name_ar = @CooperativeNameAr, cooperative_name_fr = @CooperativeNameFr, region_code = @RegionCode,
                province_code = @ProvinceCode, sectors = @Sectors, women_led = @WomenLed, eligibility = @Eligibility, documents = @Documents
            WHERE id = @Id
            """, app, cancellationToken);
        if (!await ApplicationFlow.MoveAsync(db, app, ApplicationStatus.Submitted, null, ProgramAccess.Actor(user), now, cancellationToken, submittedAt: now))
        {
            return Error.PreconditionFailed();
        }
        var to = failures.Count == 0 ? ApplicationStatus.Eligible : ApplicationStatus.Ineligible;
        await ApplicationFlow.MoveAsync(db, app, to, Eligibility.Reason(failures), HistoryActor.EligibilityCheck, now, cancellationToken);
        var after = app.ToDetails();
        audit.Record("application", app.Id, before, after);
        return after;
    }
}

internal static class SubmitApplicationEndpoint
{
    public static RouteGroupBuilder MapSubmitApplication(this RouteGroupBuilder applications)
    {
        applications.MapPost("/{id:guid}/submit", async Task<Results<Ok<ApplicationDetails>, ProblemHttpResult>> (
                Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new SubmitApplicationCommand(id, ETags.Read(request).Version), ct)).OkWithETag(response, a => a.Version))
            .WithName("SubmitApplication")
            .RequireAuthorization()
            .WithSummary("Submits a draft before the deadline (Casablanca time); the vault documents it picked are kept as they are now; eligibility is checked at once. If-Match is optional.")
            .ProducesProblems(400, 401, 403, 404, 409, 412, 422);
        return applications;
    }
}
