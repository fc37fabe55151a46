namespace CoopHub.Shared.Pipeline;

/// <summary>Raised by the validation behaviour; the problem-details handler turns it into a 400.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors, IReadOnlyDictionary<string, string[]>? codes = null)
    : Exception("The request is not valid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>The stable codes of the failures that have one (such as <c>text.forbidden_character</c>), by field.</summary>
    public IReadOnlyDictionary<string, string[]> Codes { get; } = codes ?? new Dictionary<string, string[]>();
}
