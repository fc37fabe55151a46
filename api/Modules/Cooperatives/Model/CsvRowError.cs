using CoopHub.Shared.Localization;

namespace CoopHub.Cooperatives.Model;

/// <summary>
/// A row's error: the column as the file names it (the screen shows its label), the text's code and the text in the
/// reader's language, which never names the column itself.
/// </summary>
internal sealed record CsvRowError(int Row, string Field, string Code, string Message)
{
    public static CsvRowError Of(int row, string field, string code, params (string Name, object? Value)[] args)
        => new(row, field, code, ServerText.Get(code, args));
}
