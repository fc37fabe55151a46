using System.Text.Json.Serialization;
using CoopHub.Programs.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Text;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Programs;

internal sealed record ListProgramsQuery : IQuery<ProgramPage>
{
    /// <summary>Search in code and names (Arabic- and accent-insensitive).</summary>
    public string? Q { get; init; }

    /// <summary>Programs covering this region (national programs included).</summary>
    public string? Region { get; init; }

    public string? Sector { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed class ListProgramsValidator : AbstractValidator<ListProgramsQuery>
{
    public ListProgramsValidator(ReferenceData reference)
    {
        RuleFor(x => x.Q).MaximumLength(200).WithMessage("Search with at most 200 characters.");
        RuleFor(x => x.Region).Must(r => r is null || reference.FindRegion(r) is not null).WithMessage("Unknown region; use a code from MA-01 to MA-12.");
        RuleFor(x => x.Sector).Must(s => s is null || reference.FindSector(s) is not null).WithMessage("Unknown sector code.");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

internal sealed class ListProgramsHandler(DbSession db) : IQueryHandler<ListProgramsQuery, ProgramPage>
{
    public async ValueTask<ProgramPage> Handle(ListProgramsQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (query.Region is not null)
        {
            // Codes are [A-Z0-9-], so a quoted LIKE on the JSON list is exact.
            clauses.Add("(p.regions = '[]' OR p.regions LIKE @Region)");
            p.Add("Region", "%\"" + query.Region + "\"%");
        }
        if (query.Sector is not null)
        {
            clauses.Add("p.sectors LIKE @Sector");
            p.Add("Sector", "%\"" + query.Sector + "\"%");
        }
        SearchClauses.AddTerms(clauses, p, db.Dialect, "p.search_text", query.Q);
        var (rows, total) = await db.PageAsync<ProgramRow>(ProgramRow.Columns, "FROM prog_programs p", clauses, "p.code_key, p.id", p, page, pageSize, cancellationToken);
        return new ProgramPage(rows.Select(r => r.ToDetails()).ToList(), page, pageSize, total);
    }
}

internal sealed record GetProgramQuery(Guid Id) : IQuery<Result<ProgramDetails>>;

internal sealed class GetProgramHandler(DbSession db) : IQueryHandler<GetProgramQuery, Result<ProgramDetails>>
{
    public async ValueTask<Result<ProgramDetails>> Handle(GetProgramQuery query, CancellationToken cancellationToken)
        => await ProgramStore.FindProgramAsync(db, query.Id, cancellationToken) is { } row ? row.ToDetails() : ProgramStore.ProgramNotFound(query.Id);
}

internal sealed record CreateProgramCommand : ProgramFields, ICommand<Result<ProgramDetails>>;

internal sealed class CreateProgramValidator(ReferenceData reference) : ProgramFieldsValidator<CreateProgramCommand>(reference);

internal sealed class CreateProgramAuthorizer : IAuthorizer<CreateProgramCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateProgramCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(ProgramAccess.Manage(user, message.Regions ?? [], "create a program"));
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

internal sealed record UpdateProgramCommand : ProgramFields, ICommand<Result<ProgramDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateProgramValidator(ReferenceData reference) : ProgramFieldsValidator<UpdateProgramCommand>(reference);

internal sealed class UpdateProgramAuthorizer(DbSession db) : IAuthorizer<UpdateProgramCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(UpdateProgramCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        var current = await ProgramStore.FindProgramAsync(db, message.Id, cancellationToken);
        if (current is null) return user.IsStaff ? null : AccessDenied.For(user, "Only staff can change programs.");
        return ProgramAccess.Manage(user, current.RegionList, "change this program") ?? ProgramAccess.Manage(user, message.Regions ?? [], "give a program these regions");
    }
}

internal sealed class UpdateProgramHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender) : ICommandHandler<UpdateProgramCommand, Result<ProgramDetails>>
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
        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return Error.PreconditionFailed($"The program is at version {current.Version}, not {expected}: read it again.");
        }
        var partners = await command.ResolvePartnersAsync(sender, cancellationToken);
        if (partners.IsFailure) return partners.Error!;
        var row = command.ToRow(current.Id, partners.Value, current.Version + 1, current.CreatedAt, clock.GetUtcNow());
        if (await ProgramCodes.TakenAsync(db, row.CodeKey, row.Id, cancellationToken)) return ProgramCodes.Taken(row.Code);
        if (await db.ExecuteAsync(Sql, row, cancellationToken) == 0) return Error.PreconditionFailed("The program changed while you were saving: read it again.");
        var after = row.ToDetails();
        audit.Record("program", row.Id, current.ToDetails(), after);
        return after;
    }
}

internal static class ProgramEndpoints
{
    public static RouteGroupBuilder MapProgramSlices(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<ProgramPage>> ([AsParameters] ListProgramsQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListPrograms")
            .WithSummary("Support programs, by code.")
            .ProducesProblems(400);
        group.MapGet("/{id:guid}", async Task<Results<Ok<ProgramDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetProgramQuery(id), ct)).OkWithETag(response, found => found.Version))
            .WithName("GetProgram")
            .WithSummary("One program with its partners, support axes and indicators.")
            .ProducesProblems(404);
        group.MapPost("/", async Task<Results<Created<ProgramDetails>, ProblemHttpResult>> (CreateProgramCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command, ct)).CreatedWithETag(response, created => $"/api/v1/programs/{created.Id}", created => created.Version))
            .WithName("CreateProgram")
            .RequireAuthorization()
            .WithSummary("Creates a program. Staff of one of its regions (national programs: national staff).")
            .ProducesProblems(400, 401, 403, 409);
        group.MapPut("/{id:guid}", async Task<Results<Ok<ProgramDetails>, ProblemHttpResult>> (
                Guid id, UpdateProgramCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var ifMatch = ETags.Read(request);
                if (!ifMatch.Present) return ProblemResults.PreconditionRequired();
                return (await sender.Send(command with { Id = id, ExpectedVersion = ifMatch.Version }, ct)).OkWithETag(response, updated => updated.Version);
            })
            .WithName("UpdateProgram")
            .RequireAuthorization()
            .WithSummary("Replaces a program's record. Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 409, 412, 428);
        return group;
    }
}
