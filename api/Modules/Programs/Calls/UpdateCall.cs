using System.Text.Json.Serialization;
using CoopHub.Programs.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Calls;

internal sealed record UpdateCallCommand : CallFields, ICommand<Result<CallDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateCallValidator(ReferenceData reference) : CallFieldsValidator<UpdateCallCommand>(reference);

internal sealed class UpdateCallAuthorizer : IAuthorizer<UpdateCallCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(UpdateCallCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(ProgramAccess.Staff(user, "change_calls"));
}

/// <summary>Staff running the program replace a call; its criteria are locked once a reviewer has scored on them.</summary>
internal sealed class UpdateCallHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<UpdateCallCommand, Result<CallDetails>>
{
    private const string Sql = """
        UPDATE prog_calls SET title_ar = @TitleAr, title_fr = @TitleFr, title_en = @TitleEn, description_ar = @DescriptionAr, description_fr = @DescriptionFr,
            description_en = @DescriptionEn, opens_at = @OpensAt, closes_at = @ClosesAt, status = @Status, rules = @Rules, documents = @Documents,
            criteria = @Criteria, places = @Places, version = @Version, updated_at = @UpdatedAt
        WHERE id = @Id AND version = @Version - 1
        """;

    public async ValueTask<Result<CallDetails>> Handle(UpdateCallCommand command, CancellationToken cancellationToken)
    {
        var current = await ProgramStore.FindCallAsync(db, command.Id, cancellationToken);
        if (current is null) return ProgramStore.CallNotFound(command.Id);
        if (ProgramAccess.Forbid(user, current.ProgramRegionList, "change_call") is { } forbidden) return forbidden;
        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return Error.PreconditionFailed();
        }
        var now = clock.GetUtcNow();
        var row = command.ToRow(current.Id, current.ProgramId, current.Version + 1, current.CreatedAt, now);
        var reviews = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM prog_reviews WHERE call_id = @Id", new { current.Id }, cancellationToken);
        if (reviews > 0 && row.Criteria != current.Criteria)
        {
            return Error.Conflict("call.criteria_locked", ("count", reviews));
        }
        if (await db.ExecuteAsync(Sql, row, cancellationToken) == 0) return Error.PreconditionFailed();
        await Integration.CallAnnouncements.AnnounceDueAsync(db, now, cancellationToken, row.Id);
        var after = (await ProgramStore.FindCallAsync(db, row.Id, cancellationToken))!.ToDetails(now);
        audit.Record("call", row.Id, current.ToDetails(now), after);
        return after;
    }
}

internal static class UpdateCallEndpoint
{
    public static RouteGroupBuilder MapUpdateCall(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}", (Guid id, UpdateCallCommand command, ISender sender, HttpRequest request, CancellationToken ct) =>
                request.WriteIfMatched(version => sender.Send(command with { Id = id, ExpectedVersion = version }, ct), updated => updated.Version))
            .WithName("UpdateCall")
            .RequireAuthorization()
            .WithSummary("Replaces a call (publish it with status=published). Criteria are locked once scored. Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 409, 412, 428);
        return group;
    }
}
