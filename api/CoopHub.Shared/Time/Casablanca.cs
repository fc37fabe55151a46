namespace CoopHub.Shared.Time;

/// <summary>
/// Morocco's legal time (Africa/Casablanca: UTC+1, UTC+0 during Ramadan). Deadlines and event times
/// are entered and shown in it and stored in UTC (ADR 0010).
/// </summary>
public static class Casablanca
{
    public const string ZoneId = "Africa/Casablanca";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The instant of a wall-clock time in Casablanca. An ambiguous or skipped time (a clock change) takes the later offset.</summary>
    public static DateTimeOffset ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        var offset = Zone.IsAmbiguousTime(unspecified) ? Zone.GetAmbiguousTimeOffsets(unspecified).Min() : Zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }

    /// <summary>The wall-clock time in Casablanca of an instant.</summary>
    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The calendar date in Casablanca of an instant.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow()));
}
