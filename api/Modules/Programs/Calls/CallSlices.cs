using System.Text.Json.Serialization;
using CoopHub.Programs.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Calls;

internal sealed record ListCallsQuery : IQuery<CallPage>
{
    /// <summary>open (published and accepting applications now), upcoming, closed, or all (the default).</summary>
    public string? When { get; init; }

    public Guid? ProgramId { get; init; }

    /// <summary>Calls a cooperative of this region may answer (calls without a region rule included).</summary>
    public string? Region { get; init; }

    /// <summary>Calls a cooperative of this sector may answer (calls without a sector rule included).</summary>
    public string? Sector { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed class ListCallsValidator : AbstractValidator<ListCallsQuery>
{
    private static readonly string[] Whens = ["open", "upcoming", "closed", "all"];

    public ListCallsValidator(ReferenceData reference)
    {
        RuleFor(x => x.When).Must(w => w is null || Whens.Contains(w)).WithMessage("Use when=open, upcoming, closed or all.");
        RuleFor(x => x.Region).Must(r => r is null || reference.FindRegion(r) is not null).WithMessage("Unknown region; use a code from MA-01 to MA-12.");
        RuleFor(x => x.Sector).Must(s => s is null || reference.FindSector(s) is not null).WithMessage("Unknown sector code.");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

/// <summary>
/// Calls are few (tens per program), so the region and sector rules are matched in memory after one
/// query. Only staff see drafts and cancelled calls.
/// </summary>
internal sealed class ListCallsHandler(DbSession db, CurrentUser user, TimeProvider clock) : IQueryHandler<ListCallsQuery, CallPage>
{
    public async ValueTask<CallPage> Handle(ListCallsQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var now = clock.GetUtcNow();
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (!user.IsStaff) clauses.Add("c.status = 'published'");
        if (query.ProgramId is { } programId)
        {
            clauses.Add("c.program_id = @ProgramId");
            p.Add("ProgramId", programId);
        }
        var where = clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);
        var rows = (await db.QueryAsync<CallRow>($"SELECT {CallRow.Columns} {CallRow.From} {where} ORDER BY c.closes_at, c.id", p, cancellationToken))
            .Where(c => query.When switch
            {
                "open" => c.IsOpenAt(now),
                "upcoming" => c.StatusValue == CallStatus.Published && now < c.OpensAt,
                "closed" => c.ClosesAt <= now,
                _ => true,
            })
            .Where(c => query.Region is null || c.RuleSet.Regions is not { Count: > 0 } regions || regions.Contains(query.Region))
            .Where(c => query.Sector is null || c.RuleSet.Sectors is not { Count: > 0 } sectors || sectors.Contains(query.Sector))
            .ToList();
        return new CallPage(rows.Skip((page - 1) * pageSize).Take(pageSize).Select(r => r.ToDetails(now)).ToList(), page, pageSize, rows.Count);
    }
}

internal sealed record GetCallQuery(Guid Id) : IQuery<Result<CallDetails>>;

internal sealed class GetCallHandler(DbSession db, CurrentUser user, TimeProvider clock) : IQueryHandler<GetCallQuery, Result<CallDetails>>
{
    public async ValueTask<Result<CallDetails>> Handle(GetCallQuery query, CancellationToken cancellationToken)
    {
        var row = await ProgramStore.FindCallAsync(db, query.Id, cancellationToken);
        // A draft is not public: to anyone but staff it does not exist.
        if (row is null || (row.StatusValue != CallStatus.Published && !user.IsStaff)) return ProgramStore.CallNotFound(query.Id);
        return row.ToDetails(clock.GetUtcNow());
    }
}

internal sealed record CreateCallCommand : CallFields, ICommand<Result<CallDetails>>
{
    public Guid? ProgramId { get; init; }
}

internal sealed class CreateCallValidator : CallFieldsValidator<CreateCallCommand>
{
    public CreateCallValidator(ReferenceData reference)
        : base(reference)
        => RuleFor(x => x.ProgramId).NotNull().WithMessage("Give the program the call belongs to.");
}

internal sealed class CreateCallAuthorizer(DbSession db) : IAuthorizer<CreateCallCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(CreateCallCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        var program = message.ProgramId is { } id ? await ProgramStore.FindProgramAsync(db, id, cancellationToken) : null;
        if (program is null) return user.IsStaff ? null : AccessDenied.For(user, "Only staff can open calls.");
        return ProgramAccess.Manage(user, program.RegionList, "open a call");
    }
}

internal sealed class CreateCallHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<CreateCallCommand, Result<CallDetails>>
{
    public const string InsertSql = """
        INSERT INTO prog_calls (id, program_id, title_ar, title_fr, title_en, description_ar, description_fr, description_en, opens_at, closes_at, status,
            rules, documents, criteria, places, version, created_at, updated_at)
        VALUES (@Id, @ProgramId, @TitleAr, @TitleFr, @TitleEn, @DescriptionAr, @DescriptionFr, @DescriptionEn, @OpensAt, @ClosesAt, @Status,
            @Rules, @Documents, @Criteria, @Places, @Version, @CreatedAt, @UpdatedAt)
        """;

    public async ValueTask<Result<CallDetails>> Handle(CreateCallCommand command, CancellationToken cancellationToken)
    {
        if (await ProgramStore.FindProgramAsync(db, command.ProgramId!.Value, cancellationToken) is null)
        {
            return Error.Invalid("programId", $"No program has id {command.ProgramId}.");
        }
        var now = clock.GetUtcNow();
        var row = command.ToRow(Guid.NewGuid(), command.ProgramId.Value, 1, now, now);
        await db.ExecuteAsync(InsertSql, row, cancellationToken);
        var details = (await ProgramStore.FindCallAsync(db, row.Id, cancellationToken))!.ToDetails(now);
        audit.Record("call", row.Id, null, details);
        return details;
    }
}

internal sealed record UpdateCallCommand : CallFields, ICommand<Result<CallDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateCallValidator(ReferenceData reference) : CallFieldsValidator<UpdateCallCommand>(reference);

internal sealed class UpdateCallAuthorizer(DbSession db) : IAuthorizer<UpdateCallCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(UpdateCallCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        var call = await ProgramStore.FindCallAsync(db, message.Id, cancellationToken);
        if (call is null) return user.IsStaff ? null : AccessDenied.For(user, "Only staff can change calls.");
        return ProgramAccess.Manage(user, call.ProgramRegionList, "change this call");
    }
}

internal sealed class UpdateCallHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<UpdateCallCommand, Result<CallDetails>>
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
        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return Error.PreconditionFailed($"The call is at version {current.Version}, not {expected}: read it again.");
        }
        var now = clock.GetUtcNow();
        var row = command.ToRow(current.Id, current.ProgramId, current.Version + 1, current.CreatedAt, now);
        var reviews = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM prog_reviews WHERE call_id = @Id", new { current.Id }, cancellationToken);
        if (reviews > 0 && row.Criteria != current.Criteria)
        {
            return Error.Conflict("call.criteria_locked", $"Reviewers have already scored {reviews} application(s) on these criteria; the criteria and weights can no longer change.");
        }
        if (await db.ExecuteAsync(Sql, row, cancellationToken) == 0) return Error.PreconditionFailed("The call changed while you were saving: read it again.");
        var after = (await ProgramStore.FindCallAsync(db, row.Id, cancellationToken))!.ToDetails(now);
        audit.Record("call", row.Id, current.ToDetails(now), after);
        return after;
    }
}

internal static class CallEndpoints
{
    public static RouteGroupBuilder MapCallSlices(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<CallPage>> ([AsParameters] ListCallsQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListCalls")
            .WithSummary("Calls for expressions of interest, soonest closing first; when=open lists those accepting applications now. Drafts only for staff.")
            .ProducesProblems(400);
        group.MapGet("/{id:guid}", async Task<Results<Ok<CallDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetCallQuery(id), ct)).OkWithETag(response, found => found.Version))
            .WithName("GetCall")
            .WithSummary("One call with its rules, documents and criteria.")
            .ProducesProblems(404);
        group.MapPost("/", async Task<Results<Created<CallDetails>, ProblemHttpResult>> (CreateCallCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command, ct)).CreatedWithETag(response, created => $"/api/v1/calls/{created.Id}", created => created.Version))
            .WithName("CreateCall")
            .RequireAuthorization()
            .WithSummary("Opens a call in a program. Times are Casablanca wall-clock times.")
            .ProducesProblems(400, 401, 403);
        group.MapPut("/{id:guid}", async Task<Results<Ok<CallDetails>, ProblemHttpResult>> (
                Guid id, UpdateCallCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var ifMatch = ETags.Read(request);
                if (!ifMatch.Present) return ProblemResults.PreconditionRequired();
                return (await sender.Send(command with { Id = id, ExpectedVersion = ifMatch.Version }, ct)).OkWithETag(response, updated => updated.Version);
            })
            .WithName("UpdateCall")
            .RequireAuthorization()
            .WithSummary("Replaces a call (publish it with status=published). Criteria are locked once scored. Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 409, 412, 428);
        return group;
    }
}
