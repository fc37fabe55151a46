using CoopHub.Shared.Localization;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Webhooks.Model;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Webhooks.Subscriptions;

internal sealed record CreateWebhookCommand : ICommand<Result<CreatedWebhook>>
{
    /// <summary>https to a public address (no user info); http to localhost only in development with private targets allowed.</summary>
    public string? Url { get; init; }

    /// <summary>cooperative.registered, cooperative.status-changed, application.decided, registration.promoted, idea.published, network.membership-changed, call.published, application.eligibility-checked, application.support-recorded, registration.created, event.cancelled, idea.returned, juror.assigned, competition.results-published.</summary>
    public IReadOnlyList<string>? EventTypes { get; init; }

    /// <summary>Only events about this region (events without a region always pass).</summary>
    public string? RegionCode { get; init; }

    public string? Description { get; init; }
}

/// <summary>The subscription and its signing secret, shown this once.</summary>
internal sealed record CreatedWebhook(WebhookDetails Webhook, string Secret);

internal sealed class CreateWebhookValidator : AbstractValidator<CreateWebhookCommand>
{
    public CreateWebhookValidator(ReferenceData reference, WebhookTargets targets)
    {
        RuleFor(x => x.Url).Cascade(CascadeMode.Stop)
            .NotEmpty().WithText("webhooks.url_required").MaximumLength(2000)
            .CustomAsync(async (url, context, ct) =>
            {
                if (await targets.CheckAsync(url!, ct) is { } refused) context.AddFailure(new ValidationFailure(context.PropertyPath, refused) { ErrorCode = WebhookTargets.RefusedCode });
            });
        RuleFor(x => x.EventTypes).NotEmpty().WithText("webhooks.event_types_required");
        RuleForEach(x => x.EventTypes).Must(t => WebhookEventTypes.All.Contains(t)).WithText("webhooks.unknown_event_type", (_, t) => [("value", t)]);
        RuleFor(x => x.RegionCode).KnownRegion(reference);
        RuleFor(x => x.Description).SafeMultilineText().MaximumLength(500);
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
            Id = Guid.NewGuid(), Url = command.Url!.Trim(), EventTypes = ApiJson.WriteList(command.EventTypes!.Distinct()), RegionCode = command.RegionCode,
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

internal static class CreateWebhookEndpoint
{
    public static RouteGroupBuilder MapCreateWebhook(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Results<Created<CreatedWebhook>, ProblemHttpResult>> (CreateWebhookCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command, ct)).ToCreated(created => WebhooksRoutes.ById(created.Webhook.Id)))
            .WithName("CreateWebhook").WithoutCompression().WithSummary("Subscribes a URL to event types; the signing secret is returned once.").ProducesProblems(400, 401, 403);
        return group;
    }
}
