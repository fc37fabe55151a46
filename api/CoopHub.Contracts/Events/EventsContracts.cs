using Mediator;

namespace CoopHub.Contracts.Events;

/// <summary>An event as other modules see it (ProjectBank links ideathons to it); null when unknown.</summary>
public sealed record GetEventSummary(Guid EventId) : IQuery<EventSummary?>;

/// <summary>Kind and status are the API's strings; times are UTC instants.</summary>
public sealed record EventSummary(Guid Id, string Kind, string? TitleAr, string? TitleFr, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string RegionCode,
    string Status, Guid? ProgramId, Guid? NetworkId);

/// <summary>Raised after an event is marked completed, with its attendance (Networks will use it for founding assemblies).</summary>
public sealed record EventCompleted(Guid EventId, string Kind, Guid? NetworkId, int Registered, int Attended, int WalkIns, DateTimeOffset CompletedAt) : INotification;

/// <summary>Events of a kind (API spelling, e.g. ideathon) and region, newest first; any when null.</summary>
public sealed record FindEvents(string? Kind, string? RegionCode) : IQuery<IReadOnlyList<EventSummary>>;

/// <summary>Published events starting within [From, To) (UTC instants), by start: the scheduler's reminders.</summary>
public sealed record ListEventsStartingBetween(DateTimeOffset From, DateTimeOffset To) : IQuery<IReadOnlyList<EventSummary>>;

/// <summary>The cooperatives holding a seat (registered, not cancelled) at the event, and those on its waitlist when asked.</summary>
public sealed record ListRegisteredCooperatives(Guid EventId, bool WithWaitlist = false) : IQuery<IReadOnlyList<Guid>>;
