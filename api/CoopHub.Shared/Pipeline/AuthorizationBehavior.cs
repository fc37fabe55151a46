using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Http;

namespace CoopHub.Shared.Pipeline;

/// <summary>
/// Runs the message's authorizers before validation, so an anonymous caller gets 401 rather
/// than a list of field errors. A command with no authorizer is refused: access fails closed.
/// Messages sent outside an HTTP request (start-up seeding, notifications) act as the system.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(IEnumerable<IAuthorizer<TMessage>> authorizers, IHttpContextAccessor http)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (http.HttpContext is null) return await next(message, cancellationToken);
        var user = new CurrentUser(http.HttpContext.User);
        var any = false;
        foreach (var authorizer in authorizers)
        {
            any = true;
            if (await authorizer.AuthorizeAsync(message, user, cancellationToken) is { } denied) throw new AccessDeniedException(denied);
        }
        if (!any && message is IBaseCommand)
        {
            throw new AccessDeniedException(AccessDenied.Forbidden($"{typeof(TMessage).Name} has no authorization rule."));
        }
        return await next(message, cancellationToken);
    }
}
