using CoopHub.Shared.Localization;

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

/// <summary>
/// An expected failure: a value, not an exception. <see cref="Code"/> is the stable code clients map; the
/// <see cref="Message"/> is the catalogue's text for it in the reader's language (ADR 0020).
/// </summary>
public sealed record Error(ErrorKind Kind, string Code, string Message, IReadOnlyDictionary<string, string[]>? Fields = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>A failure whose code is also its text's code in the catalogue.</summary>
    public static Error Of(ErrorKind kind, string code, params (string Name, object? Value)[] args)
        => new(kind, code, ServerText.Get(code, args));

    public static Error NotFound(string code, params (string Name, object? Value)[] args) => Of(ErrorKind.NotFound, code, args);

    public static Error Conflict(string code, params (string Name, object? Value)[] args) => Of(ErrorKind.Conflict, code, args);

    public static Error Unprocessable(string code, params (string Name, object? Value)[] args) => Of(ErrorKind.Unprocessable, code, args);

    /// <summary>403 <c>auth.forbidden</c>, explained by the catalogue's <paramref name="textCode"/>.</summary>
    public static Error Forbidden(string textCode, params (string Name, object? Value)[] args)
        => new(ErrorKind.Forbidden, "auth.forbidden", ServerText.Get(textCode, args));

    /// <summary>412 <c>version.stale</c>: someone changed the resource since it was read.</summary>
    public static Error PreconditionFailed() => new(ErrorKind.PreconditionFailed, "version.stale", ServerText.Get("version.stale"));

    /// <summary>400 on one field: the problem's code, the field's code and the text's code are <paramref name="code"/>.</summary>
    public static Error Invalid(string field, string code, params (string Name, object? Value)[] args)
    {
        var message = ServerText.Get(code, args);
        return new(ErrorKind.Validation, code, message, new Dictionary<string, string[]> { [field] = [message] },
            new Dictionary<string, object?> { ["fieldCodes"] = new Dictionary<string, string[]> { [field] = [code] } });
    }
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
