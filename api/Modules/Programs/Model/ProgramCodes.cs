using CoopHub.Shared.Localization;
using CoopHub.Shared.Data;
using CoopHub.Shared.Results;

namespace CoopHub.Programs.Model;

/// <summary>A program's code is unique ignoring case and accents (its folded key), so DELIO and délio cannot both exist.</summary>
internal static class ProgramCodes
{
    public static async Task<bool> TakenAsync(DbSession db, string codeKey, Guid? except, CancellationToken ct)
        => await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM prog_programs WHERE code_key = @Key AND (@Except IS NULL OR id <> @Except)",
            new { Key = codeKey, Except = except }, ct) > 0;

    /// <summary>409 program.code_taken, also under the code field.</summary>
    public static Error Taken(string code)
    {
        var message = ServerText.Get("program.code_taken", ("code", code));
        return new(ErrorKind.Conflict, "program.code_taken", message, new Dictionary<string, string[]> { ["code"] = [message] },
            new Dictionary<string, object?> { ["fieldCodes"] = new Dictionary<string, string[]> { ["code"] = ["program.code_taken"] } });
    }
}
