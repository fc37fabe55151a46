using CoopHub.Contracts.Cooperatives;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Time;

namespace CoopHub.Programs.Model;

/// <summary>
/// What every write of an application checks the same way: the call's window in Casablanca time (ADR 0010),
/// one application per cooperative and call, the version read, and the registry snapshot the report counts on.
/// </summary>
internal static class ApplicationRules
{
    public static Error? Closed(CallRow call, DateTimeOffset now)
    {
        if (call.StatusValue == CallStatus.Cancelled) return Error.ConflictUntranslated("call.cancelled", "The call was cancelled.");
        if (now < call.OpensAt)
        {
            return Error.ConflictUntranslated("call.not_open_yet", $"The call opens on {Casablanca.ToLocal(call.OpensAt):yyyy-MM-dd HH:mm} (Casablanca time).");
        }
        if (now >= call.ClosesAt)
        {
            return Error.ConflictUntranslated("call.closed", $"The call closed on {Casablanca.ToLocal(call.ClosesAt):yyyy-MM-dd HH:mm} (Casablanca time); applications are no longer accepted.");
        }
        return null;
    }

    public static Error Duplicate(Guid? existing) => new(ErrorKind.Conflict, "application.duplicate",
        "The cooperative has already applied to this call; open its application instead.",
        Extensions: new Dictionary<string, object?> { ["applicationId"] = existing });

    public static Error Stale(ApplicationRow app, int expected)
        => Error.PreconditionFailed();

    public static void Snapshot(ApplicationRow row, CooperativeSummary coop)
    {
        row.CooperativeId = coop.Id;
        row.CooperativeNameAr = coop.NameAr;
        row.CooperativeNameFr = coop.NameFr;
        row.RegionCode = coop.RegionCode;
        row.ProvinceCode = coop.ProvinceCode;
        row.Sectors = ApiJson.Write(coop.Sectors);
        row.WomenLed = coop.WomenLed;
    }
}
