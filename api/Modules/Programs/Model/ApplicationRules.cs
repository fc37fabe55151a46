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
        if (call.StatusValue == CallStatus.Cancelled) return Error.Conflict("call.cancelled");
        if (now < call.OpensAt) return Error.Conflict("call.not_open_yet", ("opensAt", Casablanca.ToLocal(call.OpensAt)));
        if (now >= call.ClosesAt) return Error.Conflict("call.closed", ("closedAt", Casablanca.ToLocal(call.ClosesAt)));
        return null;
    }

    public static Error Duplicate(Guid? existing) => Error.Conflict("application.duplicate") with
    {
        Extensions = new Dictionary<string, object?> { ["applicationId"] = existing },
    };

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
