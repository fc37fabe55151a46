using CoopHub.Shared.Localization;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using Dapper;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.ListAudit;

internal sealed record AuditEntry(Guid Id, DateTimeOffset OccurredAt, string ActorType, string? ActorId, string ActorName, string Operation,
    string EntityType, string? EntityId, string? Before, string? After);

internal sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Page, int PageSize, int Total);

internal sealed record ListAuditQuery : IQuery<AuditPage>
{
    /// <summary>cooperative, user, apiKey, …</summary>
    public string? EntityType { get; init; }

    public string? EntityId { get; init; }

    /// <summary>The actor's email or key name.</summary>
    public string? Actor { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed class ListAuditValidator : AbstractValidator<ListAuditQuery>
{
    public ListAuditValidator()
    {
        RuleFor(x => x.EntityType).MaximumLength(100);
        RuleFor(x => x.EntityId).MaximumLength(100);
        RuleFor(x => x.Actor).MaximumLength(200);
        RuleFor(x => x.To).Must((x, to) => to is null || x.From is null || to >= x.From).WithText("identity.audit.to_before_from");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

internal sealed class ListAuditAuthorizer : IAuthorizer<ListAuditQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListAuditQuery message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

internal sealed class ListAuditHandler(DbSession db) : IQueryHandler<ListAuditQuery, AuditPage>
{
    public async ValueTask<AuditPage> Handle(ListAuditQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 50;
        var clauses = new List<string>();
        var p = new DynamicParameters();
        void Add(string clause, string name, object? value)
        {
            if (value is null) return;
            clauses.Add(clause);
            p.Add(name, value);
        }
        Add("entity_type = @EntityType", "EntityType", query.EntityType);
        Add("entity_id = @EntityId", "EntityId", query.EntityId);
        Add("actor_name = @Actor", "Actor", query.Actor);
        Add("occurred_at >= @From", "From", query.From);
        Add("occurred_at <= @To", "To", query.To);
        var (rows, total) = await db.PageAsync<AuditEntry>("""
            id AS Id, occurred_at AS OccurredAt, actor_type AS ActorType, actor_id AS ActorId, actor_name AS ActorName,
            operation AS Operation, entity_type AS EntityType, entity_id AS EntityId, before_json AS Before, after_json AS After
            """, "FROM app_audit", clauses, "occurred_at DESC, id", p, page, pageSize, cancellationToken);
        return new AuditPage(rows, page, pageSize, total);
    }
}

internal static class ListAuditEndpoint
{
    public static RouteGroupBuilder MapListAudit(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<AuditPage>> ([AsParameters] ListAuditQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListAudit")
            .WithSummary("The audit trail, newest first: who changed what, with before and after (administrators).")
            .ProducesProblems(400, 401, 403);
        return group;
    }
}
