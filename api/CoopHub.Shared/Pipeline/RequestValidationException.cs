namespace CoopHub.Shared.Pipeline;

/// <summary>Raised by the validation behaviour; the problem-details handler turns it into a 400.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The request is not valid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
