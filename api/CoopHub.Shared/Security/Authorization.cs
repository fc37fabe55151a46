using CoopHub.Shared.Localization;
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

/// <summary>Why a call is refused: 401 when nobody is signed in, 403 otherwise; the message is in the reader's language.</summary>
public sealed record AccessDenied(int Status, string Message)
{
    public static AccessDenied SignInRequired => new(401, ServerText.Get("auth.sign_in_required"));

    /// <summary>403, explained by the catalogue's <paramref name="textCode"/>.</summary>
    public static AccessDenied Forbidden(string textCode, params (string Name, object? Value)[] args) => new(403, ServerText.Get(textCode, args));

    /// <summary>401 for anonymous callers, 403 with the catalogue's <paramref name="textCode"/> for everyone else.</summary>
    public static AccessDenied For(CurrentUser user, string textCode, params (string Name, object? Value)[] args)
        => user.IsAuthenticated ? Forbidden(textCode, args) : SignInRequired;
}

public sealed class AccessDeniedException(AccessDenied denied) : Exception(denied.Message)
{
    public AccessDenied Denied { get; } = denied;
}

/// <summary>Authorizers that only look at roles.</summary>
public static class Require
{
    public static AccessDenied? Admin(CurrentUser user)
        => user.IsAdmin ? null : AccessDenied.For(user, "auth.admin_only");

    public static AccessDenied? SignedIn(CurrentUser user)
        => user.IsAuthenticated ? null : AccessDenied.SignInRequired;

    public static AccessDenied? StaffOf(CurrentUser user, string? regionCode)
        => user.CanManageRegion(regionCode) ? null : regionCode is null
            ? AccessDenied.For(user, "auth.staff_only")
            : AccessDenied.For(user, "auth.staff_of_region_only", ("region", ReferenceNames.Region(regionCode)));
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
