using CoopHub.Shared.Data;
using CoopHub.Shared.Results;

namespace CoopHub.Programs.Model;

/// <summary>A program's code is unique ignoring case and accents (its folded key), so DELIO and délio cannot both exist.</summary>
internal static class ProgramCodes
{
    public static async Task<bool> TakenAsync(DbSession db, string codeKey, Guid? except, CancellationToken ct)
        => await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM prog_programs WHERE code_key = @Key AND (@Except IS NULL OR id <> @Except)",
            new { Key = codeKey, Except = except }, ct) > 0;

    public static Error Taken(string code) => new(ErrorKind.Conflict, "program.code_taken", $"Another program already has the code {code}.",
        new Dictionary<string, string[]> { ["code"] = [$"Another program already has the code {code}."] });
}
