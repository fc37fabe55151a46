namespace CoopHub.Shared.Pipeline;

/// <summary>Raised by the validation behaviour; the problem-details handler turns it into a 400.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors, string code = "validation")
    : Exception("The request is not valid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>The problem's stable code: "validation", or the one code every failure named (a rule's WithErrorCode("webhook.target_refused")).</summary>
    public string Code { get; } = code;
}
