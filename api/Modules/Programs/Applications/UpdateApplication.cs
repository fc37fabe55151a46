using System.Text.Json.Serialization;
using CoopHub.Programs.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Applications;

internal sealed record UpdateApplicationCommand : ApplicationFields, ICommand<Result<ApplicationDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateApplicationValidator : ApplicationFieldsValidator<UpdateApplicationCommand>;

internal sealed class UpdateApplicationAuthorizer : IAuthorizer<UpdateApplicationCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(UpdateApplicationCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>The applicant side edits a draft; the handler checks who may on the application it loaded.</summary>
internal sealed class UpdateApplicationHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user) : ICommandHandler<UpdateApplicationCommand, Result<ApplicationDetails>>
{
    public async ValueTask<Result<ApplicationDetails>> Handle(UpdateApplicationCommand command, CancellationToken cancellationToken)
    {
        if (await ProgramStore.FindApplicationInCallAsync(db, command.Id, cancellationToken) is not { } loaded) return ProgramStore.ApplicationNotFound(command.Id);
        if (ApplicationAccess.ForApplicant(user, loaded, "change_application") is { } forbidden) return forbidden;
        var (app, call) = loaded;
        if (command.ExpectedVersion is { } expected && expected != app.Version) return ApplicationRules.Stale(app, expected);
        if (app.StatusValue != ApplicationStatus.Draft)
        {
            return Error.Conflict("application.not_draft", ("status", ProgramText.Status(app.StatusValue)));
        }
        var program = (await ProgramStore.FindProgramAsync(db, call.ProgramId, cancellationToken))!;
        if (command.CheckAgainst(program, call) is { } invalid) return invalid;
        var picked = await ApplicationDocuments.PickedAsync(sender, app.CooperativeId, command.Documents, cancellationToken);
        if (picked.IsFailure) return picked.Error!;
        var before = app.ToDetails();
        app.Answers = command.AnswersJson();
        app.Documents = command.DocumentsJson(picked.Value);
        app.UpdatedAt = clock.GetUtcNow();
        var changed = await db.ExecuteAsync("""
            UPDATE prog_applications SET answers = @Answers, documents = @Documents, updated_at = @UpdatedAt, version = version + 1
            WHERE id = @Id AND version = @Version
            """, app, cancellationToken);
        if (changed == 0) return Error.PreconditionFailed();
        app.Version++;
        var after = app.ToDetails();
        audit.Record("application", app.Id, before, after);
        return after;
    }
}

internal static class UpdateApplicationEndpoint
{
    public static RouteGroupBuilder MapUpdateApplication(this RouteGroupBuilder applications)
    {
        applications.MapPut("/{id:guid}", (Guid id, UpdateApplicationCommand command, ISender sender, HttpRequest request, CancellationToken ct) =>
                request.WriteIfMatched(version => sender.Send(command with { Id = id, ExpectedVersion = version }, ct), a => a.Version))
            .WithName("UpdateApplication")
            .RequireAuthorization()
            .WithSummary("Edits a draft application. Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 409, 412, 428);
        return applications;
    }
}
