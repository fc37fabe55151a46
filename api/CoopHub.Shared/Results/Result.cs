namespace CoopHub.Shared.Results;

public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    PreconditionFailed,
    Unprocessable,
    Forbidden,
}

/// <summary>An expected failure: a value, not an exception.</summary>
public sealed record Error(ErrorKind Kind, string Code, string Message, IReadOnlyDictionary<string, string[]>? Fields = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    public static Error NotFound(string code, string message) => new(ErrorKind.NotFound, code, message);

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, "auth.forbidden", message);

    public static Error PreconditionFailed(string message) => new(ErrorKind.PreconditionFailed, "version.stale", message);

    public static Error Invalid(string field, string message)
        => new(ErrorKind.Validation, "validation", message, new Dictionary<string, string[]> { [field] = [message] });
}

public interface IResult
{
    bool IsFailure { get; }
}

public sealed class Result<T> : IResult
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    public Error? Error { get; }

    public bool IsFailure => Error is not null;

    public T Value => Error is null ? _value! : throw new InvalidOperationException($"Result is a failure: {Error.Code}");

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => new(default, error);

    public TOut Match<TOut>(Func<T, TOut> success, Func<Error, TOut> failure)
        => Error is null ? success(_value!) : failure(Error);
}
