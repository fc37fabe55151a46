using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace CoopHub.Shared.Http;

/// <summary>Aggregate versions travel as strong ETags: version 3 is <c>"3"</c>.</summary>
public static class ETags
{
    public static string For(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>
    /// Reads If-Match. Missing → <c>Missing</c>; <c>*</c> → <c>Any</c>; otherwise the version, or -1 when the
    /// value is no version of ours (it can then match nothing, so the write gets 412).
    /// </summary>
    public static IfMatch Read(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0) return IfMatch.Missing;
        if (header == "*") return IfMatch.Any;
        // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches.
        if (header.StartsWith("W/", StringComparison.Ordinal)) return new IfMatch(true, -1);
        var value = header.Trim('"');
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? new IfMatch(true, version)
            : new IfMatch(true, -1);
    }

    public readonly record struct IfMatch(bool Present, int? Version)
    {
        public static IfMatch Missing => new(false, null);

        public static IfMatch Any => new(true, null);
    }
}
