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

namespace CoopHub.Notifications.Inbox;

internal sealed record ListNotificationsQuery : IQuery<Result<NotificationPage>>
{
    /// <summary>Only the unread messages when true.</summary>
    public bool? UnreadOnly { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

/// <summary>A page of the inbox, newest first, with the number of unread messages in the whole inbox (the bell's count).</summary>
internal sealed record NotificationPage(IReadOnlyList<NotificationDetails> Items, int Page, int PageSize, int Total, int Unread);

internal sealed class ListNotificationsValidator : AbstractValidator<ListNotificationsQuery>
{
    public ListNotificationsValidator() => this.ApplyPaging(x => x.Page, x => x.PageSize);
}

internal sealed class ListNotificationsAuthorizer : IAuthorizer<ListNotificationsQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListNotificationsQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

internal sealed class ListNotificationsHandler(DbSession db, CurrentUser user) : IQueryHandler<ListNotificationsQuery, Result<NotificationPage>>
{
    public async ValueTask<Result<NotificationPage>> Handle(ListNotificationsQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var p = new DynamicParameters();
        p.Add("Recipient", user.Id ?? Guid.Empty);
        p.Add("Channel", ChannelNames.InApp);
        var clauses = new List<string> { "m.recipient_id = @Recipient", "m.channel = @Channel" };
        if (query.UnreadOnly == true) clauses.Add("m.read_at IS NULL");
        var (rows, total) = await db.PageAsync<MessageRow>(MessageRow.Columns, "FROM ntf_messages m", clauses, "m.created_at DESC, m.id", p, page, pageSize, cancellationToken);
        var unread = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM ntf_messages WHERE recipient_id = @Recipient AND channel = @Channel AND read_at IS NULL",
            new { Recipient = user.Id ?? Guid.Empty, Channel = ChannelNames.InApp }, cancellationToken);
        return new NotificationPage(rows.Select(r => r.ToNotification()).ToList(), page, pageSize, total, unread);
    }
}

internal static class ListNotificationsEndpoint
{
    public static RouteGroupBuilder MapListNotifications(this RouteGroupBuilder group)
    {
        group.MapGet("", async Task<Results<Ok<NotificationPage>, ProblemHttpResult>> (bool? unreadOnly, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new ListNotificationsQuery { UnreadOnly = unreadOnly, Page = page, PageSize = pageSize }, ct)))
            .WithName("ListNotifications").WithSummary("The caller's inbox, newest first, with the number of unread messages.").ProducesProblems(400, 401);
        return group;
    }
}
