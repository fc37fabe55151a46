using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace CoopHub.Shared.Http;

/// <summary>
/// The endpoints are generated at build time (ADR 0035). For a value it cannot parse into a nullable parameter
/// (<c>?page=abc</c> for an <c>int?</c>), the generated code answers a bare 400, where it throws for every other
/// parameter and the run-time binder throws for all. This finds the value that does not parse and throws the same
/// <see cref="BadHttpRequestException"/> the run-time binder throws, so the problem body names the field in the reader's
/// language whichever way the endpoint was built.
/// </summary>
public static class QueryBindFailures
{
    private static readonly ConcurrentDictionary<Type, Func<string, bool>?> Parsers = new();

    public static IApplicationBuilder UseQueryBindFailures(this IApplicationBuilder app)
        => app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode != StatusCodes.Status400BadRequest || context.Response.HasStarted
                || context.Response.ContentType is not null || context.GetEndpoint() is not { } endpoint)
            {
                return;
            }
            foreach (var binding in endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>())
            {
                if (!binding.HasTryParse) continue;
                var value = ValueOf(context.Request, binding.Name);
                var type = Nullable.GetUnderlyingType(binding.ParameterInfo.ParameterType) ?? binding.ParameterInfo.ParameterType;
                if (string.IsNullOrEmpty(value) || Parser(type) is not { } parses || parses(value)) continue;
                throw new BadHttpRequestException($"Failed to bind parameter \"{TypeName(type)}? {binding.Name}\" from \"{value}\".");
            }
        });

    private static string? ValueOf(HttpRequest request, string name)
        => request.RouteValues.TryGetValue(name, out var routed) && routed is not null
            ? Convert.ToString(routed, CultureInfo.InvariantCulture)
            : request.Query.TryGetValue(name, out var values) ? values.ToString() : null;

    private static string TypeName(Type type) => type == typeof(int) ? "int" : type == typeof(long) ? "long" : type == typeof(bool) ? "bool" : type.Name;

    /// <summary>The type's own TryParse, as the binder calls it (invariant culture where the type takes one).</summary>
    private static Func<string, bool>? Parser(Type type) => Parsers.GetOrAdd(type, static t =>
    {
        if (t.IsEnum) return s => Enum.TryParse(t, s, ignoreCase: true, out _);
        var withProvider = t.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), t.MakeByRefType()]);
        if (withProvider is not null)
        {
            return s => (bool)withProvider.Invoke(null, [s, CultureInfo.InvariantCulture, null])!;
        }
        var plain = t.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), t.MakeByRefType()]);
        return plain is null ? null : s => (bool)plain.Invoke(null, [s, null])!;
    });
}
