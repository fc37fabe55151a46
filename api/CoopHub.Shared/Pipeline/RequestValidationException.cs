namespace CoopHub.Shared.Pipeline;

/// <summary>Raised by the validation behaviour; the problem-details handler turns it into a 400.</summary>
public sealed class RequestValidationException(
    IReadOnlyDictionary<string, string[]> errors, IReadOnlyDictionary<string, string[]>? codes = null, string code = "validation")
    : Exception("The request is not valid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>The stable code of each failure (such as <c>text.forbidden_character</c> or <c>field.maximum_length</c>), by field.</summary>
    public IReadOnlyDictionary<string, string[]> Codes { get; } = codes ?? new Dictionary<string, string[]>();

    /// <summary>The problem's stable code: "validation", or the one code every failure named (a rule's WithErrorCode("webhook.target_refused")).</summary>
    public string Code { get; } = code;
}
