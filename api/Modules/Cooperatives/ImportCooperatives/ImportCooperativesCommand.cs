using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Results;
using Mediator;

namespace CoopHub.Cooperatives.ImportCooperatives;

internal sealed record ImportCooperativesCommand(string Csv, bool DryRun) : ICommand<Result<CooperativeImportReport>>;

/// <summary>
/// One error of the file: its row (1 is the column names), its column as the file names it (the screen shows the
/// column's label), the message's stable code, and the message in the reader's language, which never names the column.
/// </summary>
internal sealed record CooperativeImportError(int Row, string Field, string Code, string Message);

/// <summary>All or nothing: <c>imported</c> is 0 whenever <c>errors</c> is not empty.</summary>
internal sealed record CooperativeImportReport(int Imported, int Rejected, bool DryRun, IReadOnlyList<CooperativeImportError> Errors);

/// <summary>The 422 answer to a file with errors: a problem document carrying the report (documents the contract).</summary>
internal sealed record CooperativeImportProblem(
    string? Type, string? Title, int Status, string? Detail, string? Code, string? TraceId,
    int Imported, int Rejected, bool DryRun, IReadOnlyList<CooperativeImportError> Errors);
