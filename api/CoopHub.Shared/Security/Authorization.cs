using Mediator;

namespace CoopHub.Shared.Security;

/// <summary>
/// Decides whether the caller may send a message. One per command (an architecture test checks
/// that every command has one) and per query that is not public. Returns null to allow.
/// </summary>
public interface IAuthorizer<in TMessage>
    where TMessage : IMessage
{
    ValueTask<AccessDenied?> AuthorizeAsync(TMessage message, CurrentUser user, CancellationToken cancellationToken);
}

/// <summary>Why a call is refused: 401 when nobody is signed in, 403 otherwise.</summary>
public sealed record AccessDenied(int Status, string Message)
{
    public static AccessDenied SignInRequired { get; } = new(401, "Sign in (or send an API key) to do this.");

    public static AccessDenied Forbidden(string message) => new(403, message);

    /// <summary>401 for anonymous callers, 403 with the message for everyone else.</summary>
    public static AccessDenied For(CurrentUser user, string message) => user.IsAuthenticated ? Forbidden(message) : SignInRequired;
}

public sealed class AccessDeniedException(AccessDenied denied) : Exception(denied.Message)
{
    public AccessDenied Denied { get; } = denied;
}

/// <summary>Authorizers that only look at roles.</summary>
public static class Require
{
    public static AccessDenied? Admin(CurrentUser user)
        => user.IsAdmin ? null : AccessDenied.For(user, "Only an administrator can do this.");

    public static AccessDenied? SignedIn(CurrentUser user)
        => user.IsAuthenticated ? null : AccessDenied.SignInRequired;

    public static AccessDenied? StaffOf(CurrentUser user, string? regionCode)
        => user.CanManageRegion(regionCode) ? null : AccessDenied.For(user,
            regionCode is null ? "Only staff can do this." : $"Only staff of region {regionCode} (or an administrator) can do this.");
}

public static class AuthorizerRegistration
{
    /// <summary>Registers every <see cref="IAuthorizer{TMessage}"/> of a module assembly.</summary>
    public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddAuthorizersFromAssembly(
        this Microsoft.Extensions.DependencyInjection.IServiceCollection services, System.Reflection.Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAuthorizer<>)))
            {
                Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddScoped(services, contract, type);
            }
        }
        return services;
    }
}
