using System.Text.Json;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Notifications.Preferences;

/// <summary>The SPA's body; a mail client sends the RFC 8058 form <c>List-Unsubscribe=One-Click</c> with the token in the query instead.</summary>
internal sealed record UnsubscribeRequest
{
    /// <summary>The signed token of the link (or in the query).</summary>
    public string? Token { get; init; }

    /// <summary>false (the default) stops the messages; true takes the unsubscription back (the page's "undo").</summary>
    public bool? Enabled { get; init; }
}

/// <summary>What the link stopped (or restored): one topic on one channel, for one recipient.</summary>
internal sealed record UnsubscribeResult(string Topic, string Channel, bool Enabled);

internal sealed record UnsubscribeFromNotificationsCommand(string? Token, bool Enabled) : ICommand<Result<UnsubscribeResult>>;

/// <summary>Anyone: the signed token is the credential (the route is rate-limited).</summary>
internal sealed class UnsubscribeFromNotificationsAuthorizer : IAuthorizer<UnsubscribeFromNotificationsCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(UnsubscribeFromNotificationsCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// Turns off (or back on) the topic and channel the token names, for the recipient it names, with the source
/// <c>unsubscribe-link</c>; doing it again changes nothing. A token whose signature does not match is refused.
/// </summary>
internal sealed class UnsubscribeFromNotificationsHandler(DbSession db, UnsubscribeTokens tokens, TimeProvider clock, AuditTrail audit)
    : ICommandHandler<UnsubscribeFromNotificationsCommand, Result<UnsubscribeResult>>
{
    public async ValueTask<Result<UnsubscribeResult>> Handle(UnsubscribeFromNotificationsCommand command, CancellationToken cancellationToken)
    {
        var target = await tokens.ReadAsync(command.Token, cancellationToken);
        if (target is null) return Error.Invalid("token", "notifications.unsubscribe_token_invalid");
        if (PreferenceStore.Locked(target.Topic, target.Channel)) return new UnsubscribeResult(target.Topic, target.Channel, true);
        var changedBy = target.RecipientKind == RecipientKinds.Account ? target.RecipientId : (Guid?)null;
        if (await PreferenceStore.SetAsync(db, target.RecipientKind, target.RecipientId, target.Topic, target.Channel, command.Enabled, ConsentSources.UnsubscribeLink, changedBy,
                clock.GetUtcNow(), cancellationToken))
        {
            audit.Record("notificationPreferences", target.RecipientId, null,
                new { target.RecipientKind, target.Topic, target.Channel, command.Enabled, Source = ConsentSources.UnsubscribeLink });
        }
        return new UnsubscribeResult(target.Topic, target.Channel, command.Enabled);
    }
}

internal static class UnsubscribeFromNotificationsEndpoint
{
    public static RouteGroupBuilder MapUnsubscribeFromNotifications(this RouteGroupBuilder group)
    {
        group.MapPost("/unsubscribe", async Task<Results<Ok<UnsubscribeResult>, ProblemHttpResult>> (HttpRequest request, ISender sender, CancellationToken ct, string? token = null) =>
            {
                var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
                var enabled = false;
                if (mediaType == "application/json")
                {
                    UnsubscribeRequest? body;
                    try
                    {
                        body = await JsonSerializer.DeserializeAsync<UnsubscribeRequest>(request.Body, ApiJson.Options, ct);
                    }
                    catch (JsonException)
                    {
                        return Problem(400, "notifications.unsubscribe_body", ServerText.Get("notifications.unsubscribe_body"));
                    }
                    token = body?.Token ?? token;
                    enabled = body?.Enabled ?? false;
                }
                else if (mediaType is "application/x-www-form-urlencoded" or "multipart/form-data")
                {
                    // RFC 8058: the body is List-Unsubscribe=One-Click; the token is in the link's query. A POST always unsubscribes.
                    try
                    {
                        await request.ReadFormAsync(ct);
                    }
                    catch (InvalidDataException)
                    {
                        return Problem(400, "notifications.unsubscribe_body", ServerText.Get("notifications.unsubscribe_body"));
                    }
                }
                else
                {
                    return Problem(415, "notifications.unsubscribe_media_type", ServerText.Get("notifications.unsubscribe_body"));
                }
                return EndpointResults.Ok(await sender.Send(new UnsubscribeFromNotificationsCommand(token, enabled), ct));
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithName("UnsubscribeFromNotifications")
            .WithSummary("Stops one topic on one channel for the recipient a signed link names, without signing in: RFC 8058 one-click (form body, token in the query) or JSON from the SPA.")
            .Accepts<UnsubscribeRequest>("application/json", "application/x-www-form-urlencoded")
            .ProducesProblems(400, 415, 429);
        return group;
    }

    private static ProblemHttpResult Problem(int status, string code, string detail) => TypedResults.Problem(new ProblemDetails
    {
        Status = status,
        Title = ProblemResults.Title(status),
        Detail = detail,
        Extensions = { ["code"] = code },
    });
}
