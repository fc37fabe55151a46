using CoopHub.Shared.Data;
using CoopHub.Shared.Results;

namespace CoopHub.Events.Model;

/// <summary>The module's reads of one event or one registration, and the not-found each answers, written once for every use case.</summary>
internal static class EventStore
{
    public static Task<EventRow?> FindAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<EventRow>($"SELECT {EventRow.Columns} FROM evt_events e WHERE e.id = @Id", new { Id = id }, ct);

    public static Task<RegistrationRow?> FindRegistrationAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<RegistrationRow>($"SELECT {RegistrationRow.Columns} FROM evt_registrations r WHERE r.id = @Id", new { Id = id }, ct);

    public static Task<RegistrationRow?> FindByCodeAsync(DbSession db, string code, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<RegistrationRow>($"SELECT {RegistrationRow.Columns} FROM evt_registrations r WHERE r.code_hash = @Hash",
            new { Hash = RegistrationCodes.Hash(code) }, ct);

    public static Error NotFound() => Error.NotFound("event.not_found");

    public static Error RegistrationNotFound() => Error.NotFound("registration.not_found");
}
