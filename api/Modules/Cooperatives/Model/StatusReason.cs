using System.Globalization;
using System.Text.Json;
using CoopHub.Shared.Localization;

namespace CoopHub.Cooperatives.Model;

/// <summary>
/// A status history entry's reason (ADR 0020): what a person typed is kept as typed (<c>reason</c>); what the system
/// writes ("entered in the registry", "imported from a file") is a catalogue code with its arguments as a JSON object
/// (<c>reason_code</c>, <c>reason_args</c>), rendered in the reader's language when read, so old entries follow the
/// reader's language too.
/// </summary>
internal static class StatusReason
{
    public const string Registered = "cooperatives.history.registered";
    public const string Imported = "cooperatives.history.imported";

    /// <summary>The reason the reader sees: the person's words, else the system's code in the reader's language.</summary>
    public static string? Render(string? typed, string? code, string? args)
        => code is null ? typed : ServerText.Get(code, Arguments(args));

    /// <summary>Arguments as stored: strings, numbers, and dates written yyyy-MM-dd (shown as the reader writes dates).</summary>
    private static (string Name, object? Value)[] Arguments(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().Select(p => (p.Name, Value(p.Value))).ToArray();
    }

    private static object? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => value.GetDecimal(),
        JsonValueKind.String when DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => day,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
