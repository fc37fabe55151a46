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

namespace CoopHub.Programs.Catalogue;

internal sealed record CreateProgramCommand : ProgramFields, ICommand<Result<ProgramDetails>>;

internal sealed class CreateProgramValidator(ReferenceData reference) : ProgramFieldsValidator<CreateProgramCommand>(reference);

internal sealed class CreateProgramAuthorizer : IAuthorizer<CreateProgramCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateProgramCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(ProgramAccess.Manage(user, message.Regions ?? [], "create_program"));
}

internal sealed class CreateProgramHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender) : ICommandHandler<CreateProgramCommand, Result<ProgramDetails>>
{
    public const string InsertSql = """
        INSERT INTO prog_programs (id, code, code_key, name_ar, name_fr, name_en, goals, partners, budget, currency, starts_on, ends_on, regions, sectors,
            support_axes, indicators, search_text, version, created_at, updated_at)
        VALUES (@Id, @Code, @CodeKey, @NameAr, @NameFr, @NameEn, @Goals, @Partners, @Budget, @Currency, @StartsOn, @EndsOn, @Regions, @Sectors,
            @SupportAxes, @Indicators, @SearchText, @Version, @CreatedAt, @UpdatedAt)
        """;

    public async ValueTask<Result<ProgramDetails>> Handle(CreateProgramCommand command, CancellationToken cancellationToken)
    {
        var partners = await command.ResolvePartnersAsync(sender, cancellationToken);
        if (partners.IsFailure) return partners.Error!;
        var now = clock.GetUtcNow();
        var row = command.ToRow(Guid.NewGuid(), partners.Value, 1, now, now);
        if (await ProgramCodes.TakenAsync(db, row.CodeKey, null, cancellationToken)) return ProgramCodes.Taken(row.Code);
        await db.ExecuteAsync(InsertSql, row, cancellationToken);
        var details = row.ToDetails();
        audit.Record("program", row.Id, null, details);
        return details;
    }
}

internal static class CreateProgramEndpoint
{
    public static RouteGroupBuilder MapCreateProgram(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Results<Created<ProgramDetails>, ProblemHttpResult>> (CreateProgramCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command, ct)).CreatedWithETag(response, created => ProgramsRoutes.Program(created.Id), created => created.Version))
            .WithName("CreateProgram")
            .RequireAuthorization()
            .WithSummary("Creates a program. Staff of one of its regions (national programs: national staff).")
            .ProducesProblems(400, 401, 403, 409);
        return group;
    }
}
