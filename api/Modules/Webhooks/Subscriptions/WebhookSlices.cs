using System.Text.Json;
using System.Text.Json.Serialization;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Webhooks.Model;
using Dapper;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Webhooks.Subscriptions;

internal sealed class WebhookRow
{
    public Guid Id { get; set; }
    public string Url { get; set; } = "";
    public string EventTypes { get; set; } = "[]";
    public string? RegionCode { get; set; }
    public string? Description { get; set; }
    public string Secret { get; set; } = "";
    public bool Active { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public const string Select = """
        SELECT id AS Id, url AS Url, event_types AS EventTypes, region_code AS RegionCode, description AS Description, secret AS Secret, active AS Active, created_at AS CreatedAt
        FROM app_webhooks
        """;

    public IReadOnlyList<string> Types => JsonSerializer.Deserialize<List<string>>(EventTypes) ?? [];

    public WebhookDetails ToDetails() => new(Id, Url, Types, RegionCode, Description, Active, CreatedAt);
}

internal sealed class DeliveryRow
{
    public Guid Id { get; set; }
    public string EventType { get; set; } = "";
    public string Status { get; set; } = "";
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public string Payload { get; set; } = "";

    public DeliveryDetails ToDetails() => new(Id, EventType, Status, Attempts, NextAttemptAt, LastStatusCode, LastError, CreatedAt, DeliveredAt, Payload);
}

internal sealed record CreateWebhookCommand : ICommand<Result<CreatedWebhook>>
{
    /// <summary>https to a public address (no user info); http to localhost only in development with private targets allowed.</summary>
    public string? Url { get; init; }

    /// <summary>cooperative.registered, cooperative.status-changed, application.decided, registration.promoted, idea.published, network.membership-changed.</summary>
    public IReadOnlyList<string>? EventTypes { get; init; }

    /// <summary>Only events about this region (events without a region always pass).</summary>
    public string? RegionCode { get; init; }

    public string? Description { get; init; }
}

internal sealed class CreateWebhookValidator : AbstractValidator<CreateWebhookCommand>
{
    public CreateWebhookValidator(ReferenceData reference, WebhookTargets targets)
    {
        RuleFor(x => x.Url).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Give the URL to deliver to.").MaximumLength(2000).WithMessage("A URL has at most 2000 characters.")
            .CustomAsync(async (url, context, ct) =>
            {
                if (await targets.CheckAsync(url!, ct) is { } refused) context.AddFailure(new ValidationFailure(context.PropertyPath, refused) { ErrorCode = WebhookTargets.RefusedCode });
            });
        RuleFor(x => x.EventTypes).NotEmpty().WithMessage("Choose at least one event type.");
        RuleForEach(x => x.EventTypes).Must(t => WebhookEventTypes.All.Contains(t)).WithMessage((_, t) => $"'{t}' is not an event type; use {string.Join(", ", WebhookEventTypes.All)}.");
        RuleFor(x => x.RegionCode).Must(r => r is null || reference.FindRegion(r) is not null).WithMessage("Unknown region; use a code from MA-01 to MA-12.");
        RuleFor(x => x.Description).SafeMultilineText().MaximumLength(500).WithMessage("A description has at most 500 characters.");
    }
}

internal sealed class CreateWebhookAuthorizer : IAuthorizer<CreateWebhookCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateWebhookCommand message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

internal sealed class CreateWebhookHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<CreateWebhookCommand, Result<CreatedWebhook>>
{
    public async ValueTask<Result<CreatedWebhook>> Handle(CreateWebhookCommand command, CancellationToken cancellationToken)
    {
        var row = new WebhookRow
        {
            Id = Guid.NewGuid(), Url = command.Url!.Trim(), EventTypes = JsonSerializer.Serialize(command.EventTypes!.Distinct().ToList()), RegionCode = command.RegionCode,
            Description = string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim(), Secret = WebhookSignature.NewSecret(), Active = true,
            CreatedAt = clock.GetUtcNow(),
        };
        await db.ExecuteAsync("""
            INSERT INTO app_webhooks (id, url, event_types, region_code, description, secret, active, created_at, created_by)
            VALUES (@Id, @Url, @EventTypes, @RegionCode, @Description, @Secret, @Active, @CreatedAt, @CreatedBy)
            """, new { row.Id, row.Url, row.EventTypes, row.RegionCode, row.Description, row.Secret, row.Active, row.CreatedAt, CreatedBy = user.Name }, cancellationToken);
        var details = row.ToDetails();
        audit.Record("webhook", row.Id, null, details);
        return new CreatedWebhook(details, row.Secret);
    }
}

internal sealed record ListWebhooksQuery : IQuery<IReadOnlyList<WebhookDetails>>;

internal sealed class ListWebhooksAuthorizer : IAuthorizer<ListWebhooksQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListWebhooksQuery message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

internal sealed class ListWebhooksHandler(DbSession db) : IQueryHandler<ListWebhooksQuery, IReadOnlyList<WebhookDetails>>
{
    public async ValueTask<IReadOnlyList<WebhookDetails>> Handle(ListWebhooksQuery query, CancellationToken cancellationToken)
        => (await db.QueryAsync<WebhookRow>($"{WebhookRow.Select} ORDER BY created_at, id", null, cancellationToken)).Select(r => r.ToDetails()).ToList();
}

internal sealed record DeactivateWebhookCommand(Guid Id) : ICommand<Result<WebhookDetails>>;

internal sealed class DeactivateWebhookAuthorizer : IAuthorizer<DeactivateWebhookCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(DeactivateWebhookCommand message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

/// <summary>Stops new deliveries; the delivery log stays.</summary>
internal sealed class DeactivateWebhookHandler(DbSession db, AuditTrail audit) : ICommandHandler<DeactivateWebhookCommand, Result<WebhookDetails>>
{
    public async ValueTask<Result<WebhookDetails>> Handle(DeactivateWebhookCommand command, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<WebhookRow>($"{WebhookRow.Select} WHERE id = @Id", new { command.Id }, cancellationToken);
        if (row is null) return WebhookErrors.NotFound(command.Id);
        await db.ExecuteAsync("UPDATE app_webhooks SET active = @No WHERE id = @Id", new { No = false, command.Id }, cancellationToken);
        await db.ExecuteAsync("UPDATE app_webhook_deliveries SET status = 'cancelled' WHERE webhook_id = @Id AND status = 'pending'", new { command.Id }, cancellationToken);
        var before = row.ToDetails();
        var after = before with { Active = false };
        audit.Record("webhook", row.Id, before, after);
        return after;
    }
}

internal sealed record ListDeliveriesQuery : IQuery<Result<DeliveryPage>>
{
    public Guid WebhookId { get; init; }

    /// <summary>pending, delivered, dead or cancelled.</summary>
    public string? Status { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed class ListDeliveriesValidator : AbstractValidator<ListDeliveriesQuery>
{
    public ListDeliveriesValidator()
    {
        RuleFor(x => x.Status).Must(s => s is null or "pending" or "delivered" or "dead" or "cancelled").WithMessage("Use status=pending, delivered, dead or cancelled.");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

internal sealed class ListDeliveriesAuthorizer : IAuthorizer<ListDeliveriesQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListDeliveriesQuery message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

internal sealed class ListDeliveriesHandler(DbSession db) : IQueryHandler<ListDeliveriesQuery, Result<DeliveryPage>>
{
    public async ValueTask<Result<DeliveryPage>> Handle(ListDeliveriesQuery query, CancellationToken cancellationToken)
    {
        if (await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM app_webhooks WHERE id = @Id", new { Id = query.WebhookId }, cancellationToken) == 0) return WebhookErrors.NotFound(query.WebhookId);
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
        var (rows, total) = await db.PageAsync<DeliveryRow>("""
            d.id AS Id, d.event_type AS EventType, d.status AS Status, d.attempts AS Attempts, d.next_attempt_at AS NextAttemptAt, d.last_status_code AS LastStatusCode,
            d.last_error AS LastError, d.created_at AS CreatedAt, d.delivered_at AS DeliveredAt, d.payload AS Payload
            """, "FROM app_webhook_deliveries d", clauses, "d.created_at DESC, d.id", p, page, pageSize, cancellationToken);
        return new DeliveryPage(rows.Select(r => r.ToDetails()).ToList(), page, pageSize, total);
    }
}

internal sealed record RedeliverCommand(Guid WebhookId, Guid DeliveryId) : ICommand<Result<DeliveryDetails>>;

internal sealed class RedeliverAuthorizer : IAuthorizer<RedeliverCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RedeliverCommand message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

/// <summary>Queues the same message again (same webhook-id, so a consumer that already has it can ignore it).</summary>
internal sealed class RedeliverHandler(DbSession db, TimeProvider clock, AuditTrail audit) : ICommandHandler<RedeliverCommand, Result<DeliveryDetails>>
{
    public async ValueTask<Result<DeliveryDetails>> Handle(RedeliverCommand command, CancellationToken cancellationToken)
    {
        var changed = await db.ExecuteAsync("""
            UPDATE app_webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = @Now, claimed_until = NULL
            WHERE id = @DeliveryId AND webhook_id = @WebhookId
            """, new { Now = clock.GetUtcNow(), command.DeliveryId, command.WebhookId }, cancellationToken);
        if (changed == 0) return Error.NotFound("delivery.not_found", "No delivery of this webhook has this id.");
        var after = (await db.QuerySingleOrDefaultAsync<DeliveryRow>("""
            SELECT id AS Id, event_type AS EventType, status AS Status, attempts AS Attempts, next_attempt_at AS NextAttemptAt, last_status_code AS LastStatusCode,
                   last_error AS LastError, created_at AS CreatedAt, delivered_at AS DeliveredAt, payload AS Payload
            FROM app_webhook_deliveries WHERE id = @DeliveryId
            """, new { command.DeliveryId }, cancellationToken))!.ToDetails();
        audit.Record("webhookDelivery", command.DeliveryId, null, new { after.Id, after.Status });
        return after;
    }
}

internal static class WebhookEndpoint
{
    public static RouteGroupBuilder MapWebhookSlices(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<IReadOnlyList<WebhookDetails>>> (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListWebhooksQuery(), ct)))
            .WithName("ListWebhooks").WithSummary("Webhook subscriptions (administrators).").ProducesProblems(401, 403);
        group.MapPost("/", async Task<Results<Created<CreatedWebhook>, ProblemHttpResult>> (CreateWebhookCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command, ct)).Match<Results<Created<CreatedWebhook>, ProblemHttpResult>>(w => TypedResults.Created($"/api/v1/webhooks/{w.Webhook.Id}", w), e => e.ToProblem()))
            .WithName("CreateWebhook").WithSummary("Subscribes a URL to event types; the signing secret is returned once.").ProducesProblems(400, 401, 403);
        group.MapDelete("/{id:guid}", async Task<Results<Ok<WebhookDetails>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new DeactivateWebhookCommand(id), ct)))
            .WithName("DeactivateWebhook").WithSummary("Stops a subscription; pending deliveries are cancelled, the log stays.").ProducesProblems(401, 403, 404);
        group.MapGet("/{id:guid}/deliveries", async Task<Results<Ok<DeliveryPage>, ProblemHttpResult>> (Guid id, string? status, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListDeliveriesQuery { WebhookId = id, Status = status, Page = page, PageSize = pageSize }, ct)))
            .WithName("ListWebhookDeliveries").WithSummary("The delivery log: attempts, last status and error, newest first.").ProducesProblems(400, 401, 403, 404);
        group.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/redeliver", async Task<Results<Ok<DeliveryDetails>, ProblemHttpResult>> (Guid id, Guid deliveryId, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new RedeliverCommand(id, deliveryId), ct)))
            .WithName("RedeliverWebhook").WithSummary("Sends a delivery again (same webhook-id).").ProducesProblems(401, 403, 404);
        return group;
    }
}
