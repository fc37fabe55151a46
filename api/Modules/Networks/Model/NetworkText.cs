namespace CoopHub.Networks.Model;

/// <summary>How the module stores optional text a client sent: trimmed, and blank as no value.</summary>
internal static class NetworkText
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
