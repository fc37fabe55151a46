using CoopHub.Shared.Localization;
using CoopHub.Programs.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Calls;

internal sealed record CreateCallCommand : CallFields, ICommand<Result<CallDetails>>
{
    public Guid? ProgramId { get; init; }
}

internal sealed class CreateCallValidator : CallFieldsValidator<CreateCallCommand>
{
    public CreateCallValidator(ReferenceData reference)
        : base(reference)
        => RuleFor(x => x.ProgramId).NotNull().WithText("programs.give_program_call_belongs");
}

internal sealed class CreateCallAuthorizer : IAuthorizer<CreateCallCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateCallCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(ProgramAccess.Staff(user, "open_calls"));
}

/// <summary>Staff running the program open its calls: the handler loads the program and checks its regions.</summary>
internal sealed class CreateCallHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<CreateCallCommand, Result<CallDetails>>
{
    public const string InsertSql = """
        INSERT INTO prog_calls (id, program_id, title_ar, title_fr, title_en, description_ar, description_fr, description_en, opens_at, closes_at, status,
            rules, documents, criteria, places, version, created_at, updated_at)
        VALUES (@Id, @ProgramId, @TitleAr, @TitleFr, @TitleEn, @DescriptionAr, @DescriptionFr, @DescriptionEn, @OpensAt, @ClosesAt, @Status,
            @Rules, @Documents, @Criteria, @Places, @Version, @CreatedAt, @UpdatedAt)
        """;

    public async ValueTask<Result<CallDetails>> Handle(CreateCallCommand command, CancellationToken cancellationToken)
    {
        var program = await ProgramStore.FindProgramAsync(db, command.ProgramId!.Value, cancellationToken);
        if (program is null) return Error.Invalid("programId", "programs.program_unknown");
        if (ProgramAccess.Forbid(user, program.RegionList, "open_call") is { } forbidden) return forbidden;
        var now = clock.GetUtcNow();
        var row = command.ToRow(Guid.NewGuid(), program.Id, 1, now, now);
        await db.ExecuteAsync(InsertSql, row, cancellationToken);
        // Published and already open: the cooperatives it fits hear of it (call.published, once); a later opening is the scheduler's.
        await Integration.CallAnnouncements.AnnounceDueAsync(db, now, cancellationToken, row.Id);
        var details = (await ProgramStore.FindCallAsync(db, row.Id, cancellationToken))!.ToDetails(now);
        audit.Record("call", row.Id, null, details);
        return details;
    }
}

internal static class CreateCallEndpoint
{
    public static RouteGroupBuilder MapCreateCall(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Results<Created<CallDetails>, ProblemHttpResult>> (CreateCallCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command, ct)).CreatedWithETag(response, created => ProgramsRoutes.Call(created.Id), created => created.Version))
            .WithName("CreateCall")
            .RequireAuthorization()
            .WithSummary("Opens a call in a program. Times are Casablanca wall-clock times.")
            .ProducesProblems(400, 401, 403);
        return group;
    }
}
