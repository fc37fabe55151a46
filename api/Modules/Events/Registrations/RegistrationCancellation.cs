using CoopHub.Events.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Results;

namespace CoopHub.Events.Registrations;

// The cancelled registration and the waitlisted ones its seat went to.
internal sealed record CancellationResult(RegistrationDetails Registration, IReadOnlyList<RegistrationDetails> Promoted);

/// <summary>
/// Cancelling is one rule whether the caller signed in (CancelRegistration) or holds the code (CancelRegistrationByCode):
/// under the event's lock (<see cref="Seats"/>), the registration changes only before the event is over, and a freed seat goes
/// to the earliest waitlisted registration.
/// </summary>
internal static class RegistrationCancellation
{
    /// <summary>Cancels <paramref name="registration"/>, read under <see cref="Seats.LockAsync"/> of <paramref name="ev"/>.</summary>
    public static async Task<Result<CancellationResult>> CancelAsync(
        DbSession db, AuditTrail audit, DateTimeOffset now, RegistrationRow registration, EventRow ev, bool forCodeHolder, CancellationToken ct)
    {
        if (ev.StatusValue is EventStatus.Completed or EventStatus.Cancelled || now >= ev.EndsAt)
        {
            return Error.Conflict("event.over");
        }
        var status = registration.StatusValue;
        if (status == RegistrationStatus.Cancelled) return Error.Conflict("registration.already_cancelled");
        if (status == RegistrationStatus.Attended) return Error.Conflict("registration.attended");
        await db.ExecuteAsync("UPDATE evt_registrations SET status = 'cancelled', cancelled_at = @Now WHERE id = @Id", new { Now = now, registration.Id }, ct);
        var promoted = status == RegistrationStatus.Registered ? await Seats.PromoteAsync(db, ev, now, ct) : [];
        var after = (await EventStore.FindRegistrationAsync(db, registration.Id, ct))!.ToDetails();
        audit.Record("registration", registration.Id, registration.ToDetails(), after);
        var promotedDetails = new List<RegistrationDetails>();
        foreach (var p in promoted)
        {
            var details = (await EventStore.FindRegistrationAsync(db, p.Id, ct))!.ToDetails();
            audit.Record("registration", p.Id, null, details);
            promotedDetails.Add(details);
        }
        // Whoever holds only a code learns that seats moved, never who took them.
        return new CancellationResult(after, !forCodeHolder ? promotedDetails
            : promotedDetails.Select(p => p with { CooperativeId = null, CooperativeNameAr = null, CooperativeNameFr = null, AttendeeName = null, AttendeeRole = null }).ToList());
    }
}
