using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoopHub.Shared.Http;

/// <summary>
/// Marks an endpoint whose response carries a secret (an API key, a webhook signing secret, an antiforgery
/// token): it is never compressed, so its length cannot leak the secret to an attacker who can also inject text
/// into the same response (BREACH). The host's compression middleware reads this metadata (ADR 0018).
/// </summary>
public sealed class NoCompression
{
    public static readonly NoCompression Instance = new();

    private NoCompression()
    {
    }
}

public static class NoCompressionExtensions
{
    /// <summary>The response is sent uncompressed whatever the client accepts.</summary>
    public static TBuilder WithoutCompression<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
        => builder.WithMetadata(NoCompression.Instance);
}
