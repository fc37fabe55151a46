using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;

namespace CoopHub.Programs.Model;

/// <summary>
/// What the system writes and people read later (history reasons, eligibility reasons, the eligibility check as an
/// actor) is stored as a catalogue code with its arguments as JSON and rendered in the reader's language when read
/// (ADR 0020), so a change of language changes old entries too; what a person typed is stored as typed.
/// Arguments are stored as data (codes, numbers, dates as yyyy-MM-dd) and named by what they hold, which decides how
/// they are read out: a name ending in <c>regions</c>/<c>region</c>, <c>provinces</c>/<c>province</c>,
/// <c>sectors</c>/<c>sector</c> gives the reference names; <c>statuses</c>/<c>status</c> the cooperative status
/// words; a name ending in <c>On</c> a date; <c>failures</c> the eligibility reasons.
/// A list is a JSON array (or, in rows migration 0015 converted, a comma-separated string).
/// </summary>
internal static class ProgramText
{
    /// <summary>Arguments as stored: strings, numbers, dates (yyyy-MM-dd), lists of strings, or JSON already built.</summary>
    public static JsonObject Args(params (string Name, object? Value)[] args)
    {
        var json = new JsonObject();
        foreach (var (name, value) in args)
        {
            json[name] = value switch
            {
                null => null,
                JsonNode node => node.DeepClone(),
                string s => JsonValue.Create(s),
                DateOnly d => JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                int i => JsonValue.Create(i),
                long l => JsonValue.Create(l),
                decimal m => JsonValue.Create(m),
                IEnumerable<string> list => new JsonArray(list.Select(x => (JsonNode?)JsonValue.Create(x)).ToArray()),
                _ => JsonSerializer.SerializeToNode(value, ApiJson.Options),
            };
        }
        return json;
    }

    /// <summary>The text of <paramref name="code"/> in the reader's language with its stored arguments read out.</summary>
    public static string Render(string code, JsonObject? args)
        => ServerText.Get(code, (args ?? []).Select(a => (a.Key, (object?)Display(a.Key, a.Value))).ToArray());

    /// <summary>The same, from the JSON text of a column.</summary>
    public static string Render(string code, string? argsJson)
        => Render(code, string.IsNullOrWhiteSpace(argsJson) ? null : JsonNode.Parse(argsJson) as JsonObject);

    /// <summary>A text rendered in another language than the reader's (French for events other systems receive).</summary>
    public static string In(string language, Func<string> render)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>An application status as the reader says it (programs.status.*).</summary>
    public static string Status(ApplicationStatus status) => ServerText.Get("programs.status." + ApiJson.Api(status));

    /// <summary>An action as the reader says it (programs.action.*), to fill the {action} of a refusal.</summary>
    public static string Action(string code) => ServerText.Get("programs.action." + code);

    /// <summary>A name given in Arabic, French and English, in the reader's language, else its code.</summary>
    public static string Name(string code, string? arabic, string? french, string? english)
        => ReferenceNames.Pick(arabic, french, english) is { Length: > 0 } name ? name : code;

    private static string Display(string name, JsonNode? value)
    {
        if (name == "failures" && value is JsonArray failures)
        {
            return string.Join(" ", failures.Select(f => f.Deserialize<StoredFailure>(ApiJson.Options)!.ToFailure().Message));
        }
        var kind = KindOf(name);
        if (kind is null)
        {
            return value switch
            {
                JsonValue v when v.TryGetValue<long>(out var whole) => ServerText.Format(whole),
                JsonValue v when v.TryGetValue<decimal>(out var number) => ServerText.Format(number),
                JsonArray a => ServerText.List(a.Select(x => x?.ToString() ?? "")),
                _ => value?.ToString() ?? "",
            };
        }
        var items = value switch
        {
            JsonArray a => a.Select(x => x?.ToString() ?? "").ToList(),
            JsonValue v when kind != Kind.Date => (v.ToString()).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
            _ => [value?.ToString() ?? ""],
        };
        return ServerText.List(items.Select(item => kind switch
        {
            Kind.Region => ReferenceNames.Region(item),
            Kind.Province => ReferenceNames.Province(item),
            Kind.Sector => ReferenceNames.Sector(item),
            Kind.CooperativeStatus => Word("programs.cooperative_status.", item),
            Kind.Date => DateOnly.TryParseExact(item, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? ServerText.Format(d) : item,
            _ => item,
        }));
    }

    private static string Word(string prefix, string item) => ServerText.Has(prefix + item) ? ServerText.Get(prefix + item) : item;

    private enum Kind { Region, Province, Sector, CooperativeStatus, Date }

    private static Kind? KindOf(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.EndsWith("regions", StringComparison.Ordinal) || lower.EndsWith("region", StringComparison.Ordinal)) return Kind.Region;
        if (lower.EndsWith("provinces", StringComparison.Ordinal) || lower.EndsWith("province", StringComparison.Ordinal)) return Kind.Province;
        if (lower.EndsWith("sectors", StringComparison.Ordinal) || lower.EndsWith("sector", StringComparison.Ordinal)) return Kind.Sector;
        if (lower.EndsWith("statuses", StringComparison.Ordinal) || lower.EndsWith("status", StringComparison.Ordinal)) return Kind.CooperativeStatus;
        if (name.EndsWith("On", StringComparison.Ordinal)) return Kind.Date;
        return null;
    }
}

/// <summary>
/// A rule the cooperative does not meet, as stored in prog_applications.eligibility: the rule, and the reason as a
/// code with its arguments (rows written before migration 0015 could not be converted keep their English message).
/// </summary>
internal sealed record StoredFailure(string Rule, string? Code = null, JsonObject? Args = null, string? Message = null)
{
    public static StoredFailure Of(string rule, string code, params (string Name, object? Value)[] args) => new(rule, code, ProgramText.Args(args));

    public EligibilityFailure ToFailure() => new(Rule, Code is null ? Message ?? "" : ProgramText.Render(Code, Args));
}

/// <summary>
/// Why an application moved, as stored in its history (and, for decisions, on the application): a person's text as
/// typed, or what the system says as a code with its arguments.
/// </summary>
internal sealed record StoredReason(string? Text, string? Code = null, JsonObject? Args = null)
{
    public static StoredReason? Typed(string? text) => string.IsNullOrWhiteSpace(text) ? null : new(text.Trim());

    public static StoredReason Of(string code, params (string Name, object? Value)[] args) => new(null, code, ProgramText.Args(args));

    public static StoredReason? Read(string? text, string? code, string? args)
        => code is not null ? new(null, code, string.IsNullOrWhiteSpace(args) ? null : JsonNode.Parse(args) as JsonObject) : Typed(text);

    public string? ArgsJson => Args?.ToJsonString(ApiJson.Options);

    public string Render() => Code is null ? Text ?? "" : ProgramText.Render(Code, Args);
}
