using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Notifications.DeliveryLog;

internal sealed record ListNotificationDeliveriesQuery : IQuery<Result<NotificationDeliveryPage>>
{
    /// <summary>queued, sent, failed or dead.</summary>
    public string? Status { get; init; }

    /// <summary>inapp, email or sms.</summary>
    public string? Channel { get; init; }

    /// <summary>delivered, undelivered or failed: the SMS delivery receipt (ADR 0023).</summary>
    public string? Receipt { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed record NotificationDeliveryPage(IReadOnlyList<NotificationDeliveryDetails> Items, int Page, int PageSize, int Total);

internal sealed class ListNotificationDeliveriesValidator : AbstractValidator<ListNotificationDeliveriesQuery>
{
    public ListNotificationDeliveriesValidator()
    {
        RuleFor(x => x.Status).Must(s => s is null || DeliveryStates.All.Contains(s)).WithText("notifications.use_status_queued_sent_failed_dead");
        RuleFor(x => x.Channel).Must(c => c is null or ChannelNames.InApp or ChannelNames.Email or ChannelNames.Sms).WithText("notifications.use_channel_inapp_email_sms");
        RuleFor(x => x.Receipt).Must(r => r is null || ReceiptStates.Final.Contains(r)).WithText("notifications.use_receipt_delivered_undelivered_failed");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

internal sealed class ListNotificationDeliveriesAuthorizer : IAuthorizer<ListNotificationDeliveriesQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListNotificationDeliveriesQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.Admin(user));
}

internal sealed class ListNotificationDeliveriesHandler(DbSession db) : IQueryHandler<ListNotificationDeliveriesQuery, Result<NotificationDeliveryPage>>
{
    public async ValueTask<Result<NotificationDeliveryPage>> Handle(ListNotificationDeliveriesQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (query.Status is not null)
        {
            clauses.Add("m.status = @Status");
            p.Add("Status", query.Status);
        }
        if (query.Channel is not null)
        {
            clauses.Add("m.channel = @Channel");
            p.Add("Channel", query.Channel);
        }
        if (query.Receipt is not null)
        {
            clauses.Add("m.receipt = @Receipt");
            p.Add("Receipt", query.Receipt);
        }
        var (rows, total) = await db.PageAsync<MessageRow>(MessageRow.Columns, "FROM ntf_messages m", clauses, "m.created_at DESC, m.id", p, page, pageSize, cancellationToken);
        return new NotificationDeliveryPage(rows.Select(r => r.ToDelivery()).ToList(), page, pageSize, total);
    }
}

internal static class ListNotificationDeliveriesEndpoint
{
    public static RouteGroupBuilder MapListNotificationDeliveries(this RouteGroupBuilder group)
    {
        group.MapGet("/deliveries", async Task<Results<Ok<NotificationDeliveryPage>, ProblemHttpResult>> (string? status, string? channel, string? receipt, int? page, int? pageSize,
                ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new ListNotificationDeliveriesQuery { Status = status, Channel = channel, Receipt = receipt, Page = page, PageSize = pageSize },
                    ct)))
            .WithName("ListNotificationDeliveries").WithSummary("The delivery log of every message: status, attempts and the provider's answer, newest first.")
            .ProducesProblems(400, 401, 403);
        return group;
    }
}
