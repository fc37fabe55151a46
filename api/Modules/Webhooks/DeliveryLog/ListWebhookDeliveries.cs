using CoopHub.Shared.Localization;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Webhooks.Model;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Webhooks.DeliveryLog;

internal sealed record ListWebhookDeliveriesQuery : IQuery<Result<DeliveryPage>>
{
    public Guid WebhookId { get; init; }

    /// <summary>pending, delivered, dead or cancelled.</summary>
    public string? Status { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed record DeliveryPage(IReadOnlyList<DeliveryDetails> Items, int Page, int PageSize, int Total);

internal sealed class ListWebhookDeliveriesValidator : AbstractValidator<ListWebhookDeliveriesQuery>
{
    public ListWebhookDeliveriesValidator()
    {
        RuleFor(x => x.Status).Must(s => s is null or "pending" or "delivered" or "dead" or "cancelled").WithText("webhooks.deliveries.unknown_status");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

internal sealed class ListWebhookDeliveriesAuthorizer : IAuthorizer<ListWebhookDeliveriesQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListWebhookDeliveriesQuery message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

internal sealed class ListWebhookDeliveriesHandler(DbSession db) : IQueryHandler<ListWebhookDeliveriesQuery, Result<DeliveryPage>>
{
    public async ValueTask<Result<DeliveryPage>> Handle(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        if (await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM app_webhooks WHERE id = @Id", new { Id = query.WebhookId }, cancellationToken) == 0) return WebhookErrors.NotFound();
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var clauses = new List<string> { "d.webhook_id = @WebhookId" };
        var p = new DynamicParameters();
        p.Add("WebhookId", query.WebhookId);
        if (query.Status is not null)
        {
            clauses.Add("d.status = @Status");
            p.Add("Status", query.Status);
        }
        var (rows, total) = await db.PageAsync<DeliveryRow>(DeliveryRow.Columns, "FROM app_webhook_deliveries d", clauses, "d.created_at DESC, d.id", p, page, pageSize, cancellationToken);
        return new DeliveryPage(rows.Select(r => r.ToDetails()).ToList(), page, pageSize, total);
    }
}

internal static class ListWebhookDeliveriesEndpoint
{
    public static RouteGroupBuilder MapListWebhookDeliveries(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/deliveries", async Task<Results<Ok<DeliveryPage>, ProblemHttpResult>> (Guid id, string? status, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new ListWebhookDeliveriesQuery { WebhookId = id, Status = status, Page = page, PageSize = pageSize }, ct)))
            .WithName("ListWebhookDeliveries").WithSummary("The delivery log: attempts, last status and error, newest first.").ProducesProblems(400, 401, 403, 404);
        return group;
    }
}
