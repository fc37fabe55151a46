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

/// <summary>
/// What the page reached from a message's signed link shows: the recipient's kind (<c>account</c> or <c>contact</c>),
/// the channels she can be reached on (a registry contact has no inbox) and every topic × channel, locked ones marked.
/// </summary>
internal sealed record ContactPreferences(string RecipientKind, IReadOnlyList<string> Channels, IReadOnlyList<NotificationPreference> Items)
{
    public static async Task<ContactPreferences> ReadAsync(DbSession db, UnsubscribeTarget target, CancellationToken ct)
        => new(target.RecipientKind, PreferenceChannels.Of(target.RecipientKind),
            (await PreferenceStore.MatrixAsync(db, target.RecipientKind, target.RecipientId, ct)).Items);
}

internal sealed record GetContactPreferencesQuery(string? Token) : IQuery<Result<ContactPreferences>>;

/// <summary>Anyone: the signed unsubscribe token is the credential (the route is rate-limited).</summary>
internal sealed class GetContactPreferencesAuthorizer : IAuthorizer<GetContactPreferencesQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetContactPreferencesQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>The choices of the recipient the token names (a registry contact or an account); a token whose signature does not match is refused on <c>token</c>.</summary>
internal sealed class GetContactPreferencesHandler(DbSession db, UnsubscribeTokens tokens) : IQueryHandler<GetContactPreferencesQuery, Result<ContactPreferences>>
{
    public async ValueTask<Result<ContactPreferences>> Handle(GetContactPreferencesQuery query, CancellationToken cancellationToken)
    {
        var target = await tokens.ReadAsync(query.Token, cancellationToken);
        if (target is null) return Error.Invalid("token", "notifications.unsubscribe_token_invalid");
        return await ContactPreferences.ReadAsync(db, target, cancellationToken);
    }
}

internal static class GetContactPreferencesEndpoint
{
    public static RouteGroupBuilder MapGetContactPreferences(this RouteGroupBuilder group)
    {
        group.MapGet("/contact-preferences", async Task<Results<Ok<ContactPreferences>, ProblemHttpResult>> (HttpResponse response, ISender sender, CancellationToken ct,
                string? token = null) =>
            {
                // One person's choices behind a link with no sign-in: no shared cache may keep them.
                response.Headers.CacheControl = "private, no-store";
                return EndpointResults.Ok(await sender.Send(new GetContactPreferencesQuery(token), ct));
            })
            .AllowAnonymous()
            .WithName("GetContactPreferences")
            .WithSummary("The choices of the recipient a message's signed unsubscribe link names, without signing in: every topic × channel she can be reached on, locked ones marked.")
            .ProducesProblems(400, 429);
        return group;
    }
}
