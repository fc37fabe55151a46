using System.Buffers;
using System.Globalization;
using System.Text;

namespace CoopHub.Shared.Csv;

/// <summary>
/// A cell of a CSV the product writes. Text (a string converts implicitly) is neutralised against formula injection;
/// a number the product formats itself (<see cref="Number"/>, or an int converting implicitly) is written as is, so a
/// negative amount stays a number in a spreadsheet: it is not user text and cannot carry a formula.
/// </summary>
public readonly record struct CsvCell(string? Value, bool IsText)
{
    public static implicit operator CsvCell(string? text) => new(text, IsText: true);

    public static implicit operator CsvCell(int number) => new(number.ToString(CultureInfo.InvariantCulture), IsText: false);

    public static implicit operator CsvCell(int? number) => new(number?.ToString(CultureInfo.InvariantCulture), IsText: false);

    public static CsvCell Number(decimal? number, string format = "0.##") => new(number?.ToString(format, CultureInfo.InvariantCulture), IsText: false);
}

/// <summary>
/// The one CSV writer of the product (ADR 0015): comma-separated, CRLF line ends, RFC 4180 quoting, UTF-8 with a BOM
/// (so Excel reads Arabic). A text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return
/// is written with a leading apostrophe and quoted (OWASP's rule against CSV injection), so a spreadsheet shows the
/// text instead of running it as a formula. An import of the product's own files reads such a cell back through
/// <see cref="ReadText"/>, so an export round-trips (a phone number +212… comes back without the apostrophe).
/// </summary>
public sealed class CsvTable
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    private readonly StringBuilder _text = new();

    public static Encoding Utf8WithBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public CsvTable Row(params IEnumerable<CsvCell> cells)
    {
        _text.Append(Line(cells));
        return this;
    }

    public byte[] ToUtf8WithBom() => [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(_text.ToString())];

    /// <summary>One record with its CRLF, for writers that stream rows to the response.</summary>
    public static string Line(params IEnumerable<CsvCell> cells) => string.Join(',', cells.Select(Field)) + "\r\n";

    /// <summary>
    /// The text of a cell as an import reads it: an apostrophe the writer put before a formula character is removed, and
    /// nothing else is changed (a cell starting with <c>=</c> is stored as it is given).
    /// </summary>
    public static string ReadText(string cell)
        => cell.Length > 1 && cell[0] == '\'' && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;

    public static string Field(CsvCell cell)
    {
        var value = cell.Value;
        if (string.IsNullOrEmpty(value)) return "";
        var neutralised = cell.IsText && FormulaStarts.Contains(value[0]);
        if (neutralised) value = "'" + value;
        return neutralised || value.AsSpan().ContainsAny(NeedsQuotes) || value[0] == ' ' || value[^1] == ' '
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
