using System.Text.Json.Serialization;
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
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Catalogue;

internal sealed record UpdateProgramCommand : ProgramFields, ICommand<Result<ProgramDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateProgramValidator(ReferenceData reference) : ProgramFieldsValidator<UpdateProgramCommand>(reference);

internal sealed class UpdateProgramAuthorizer : IAuthorizer<UpdateProgramCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(UpdateProgramCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(ProgramAccess.Staff(user, "change_programs"));
}

/// <summary>Staff running the program (as stored, and as it will be with the regions sent) replace its record.</summary>

internal sealed class UpdateProgramHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user) : ICommandHandler<UpdateProgramCommand, Result<ProgramDetails>>
{
    private const string Sql = """
        UPDATE prog_programs SET code = @Code, code_key = @CodeKey, name_ar = @NameAr, name_fr = @NameFr, name_en = @NameEn, goals = @Goals, partners = @Partners,
            budget = @Budget, currency = @Currency, starts_on = @StartsOn, ends_on = @EndsOn, regions = @Regions, sectors = @Sectors,
            support_axes = @SupportAxes, indicators = @Indicators, search_text = @SearchText, version = @Version, updated_at = @UpdatedAt
        WHERE id = @Id AND version = @Version - 1
        """;

    public async ValueTask<Result<ProgramDetails>> Handle(UpdateProgramCommand command, CancellationToken cancellationToken)
    {
        var current = await ProgramStore.FindProgramAsync(db, command.Id, cancellationToken);
        if (current is null) return ProgramStore.ProgramNotFound(command.Id);
        if ((ProgramAccess.Forbid(user, current.RegionList, "change_program") ?? ProgramAccess.Forbid(user, command.Regions ?? [], "give_program_regions"))
            is { } forbidden)
        {
            return forbidden;
        }
        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return Error.PreconditionFailed();
        }
        var partners = await command.ResolvePartnersAsync(sender, cancellationToken);
        if (partners.IsFailure) return partners.Error!;
        var row = command.ToRow(current.Id, partners.Value, current.Version + 1, current.CreatedAt, clock.GetUtcNow());
        if (await ProgramCodes.TakenAsync(db, row.CodeKey, row.Id, cancellationToken)) return ProgramCodes.Taken(row.Code);
        if (await db.ExecuteAsync(Sql, row, cancellationToken) == 0) return Error.PreconditionFailed();
        var after = row.ToDetails();
        audit.Record("program", row.Id, current.ToDetails(), after);
        return after;
    }
}

internal static class UpdateProgramEndpoint
{
    public static RouteGroupBuilder MapUpdateProgram(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}", (Guid id, UpdateProgramCommand command, ISender sender, HttpRequest request, CancellationToken ct) =>
                request.WriteIfMatched(version => sender.Send(command with { Id = id, ExpectedVersion = version }, ct), updated => updated.Version))
            .WithName("UpdateProgram")
            .RequireAuthorization()
            .WithSummary("Replaces a program's record. Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 409, 412, 428);
        return group;
    }
}
