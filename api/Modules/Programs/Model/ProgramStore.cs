using CoopHub.Shared.Data;
using CoopHub.Shared.Results;

namespace CoopHub.Programs.Model;

/// <summary>Finds a program, call or application by id, and the not-found each answers, so every use case loads and refuses alike.</summary>
internal static class ProgramStore
{
    public static Task<ProgramRow?> FindProgramAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<ProgramRow>($"SELECT {ProgramRow.Columns} FROM prog_programs p WHERE p.id = @Id", new { Id = id }, ct);

    public static Task<CallRow?> FindCallAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<CallRow>($"SELECT {CallRow.Columns} {CallRow.From} WHERE c.id = @Id", new { Id = id }, ct);

    public static Task<ApplicationRow?> FindApplicationAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<ApplicationRow>($"SELECT {ApplicationRow.Columns} FROM prog_applications a WHERE a.id = @Id", new { Id = id }, ct);

    /// <summary>An application with its call, whose program's regions decide who runs it; null when the id is unknown.</summary>
    public static async Task<ApplicationInCall?> FindApplicationInCallAsync(DbSession db, Guid id, CancellationToken ct)
        => await FindApplicationAsync(db, id, ct) is { } app ? new ApplicationInCall(app, (await FindCallAsync(db, app.CallId, ct))!) : null;

    // The id is not repeated to the reader: the address they followed holds it.
    public static Error ProgramNotFound(Guid id) => Error.NotFound("program.not_found");

    public static Error CallNotFound(Guid id) => Error.NotFound("call.not_found");

    public static Error ApplicationNotFound(Guid id) => Error.NotFound("application.not_found");
}

internal sealed record ApplicationInCall(ApplicationRow Application, CallRow Call);
