using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Notifications.Preferences;

internal sealed record GetNotificationPreferencesQuery : IQuery<Result<NotificationPreferences>>;

internal sealed class GetNotificationPreferencesAuthorizer : IAuthorizer<GetNotificationPreferencesQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetNotificationPreferencesQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>The caller's own choices: every topic × channel, with the consent's source and time where one was recorded.</summary>
internal sealed class GetNotificationPreferencesHandler(DbSession db, CurrentUser user) : IQueryHandler<GetNotificationPreferencesQuery, Result<NotificationPreferences>>
{
    public async ValueTask<Result<NotificationPreferences>> Handle(GetNotificationPreferencesQuery query, CancellationToken cancellationToken)
        => await PreferenceStore.MatrixAsync(db, RecipientKinds.Account, user.Id ?? Guid.Empty, cancellationToken);
}

internal static class GetNotificationPreferencesEndpoint
{
    public static RouteGroupBuilder MapGetNotificationPreferences(this RouteGroupBuilder group)
    {
        group.MapGet("/preferences", async Task<Results<Ok<NotificationPreferences>, ProblemHttpResult>> (ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new GetNotificationPreferencesQuery(), ct)))
            .WithName("GetNotificationPreferences").WithSummary("The caller's notification choices: every topic × channel, with the consent's source and time.")
            .ProducesProblems(401);
        return group;
    }
}
