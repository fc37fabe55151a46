namespace CoopHub.Events.Model;

// An event as every catalogue use case answers it, with the parts it is made of.

/// <summary>Who may register: anyone signed in for their cooperative, only people staff invite, or members of the linked network.</summary>
internal enum EventAudience { Public, Invited, NetworkMembers }

internal enum EventStatus { Draft, Published, Cancelled, Completed }

/// <summary>An agenda line: a local time (HH:mm) and what happens.</summary>
internal sealed record AgendaItem(string? Time, string? TitleAr, string? TitleFr, string? TitleEn);

internal sealed record EventOrganisation(Guid OrganisationId, string? NameAr, string? NameFr, string? Acronym);

/// <summary>A hub or other directory organisation, or a free address.</summary>
internal sealed record EventVenue(Guid? OrganisationId, string? NameAr, string? NameFr, string? Address);

internal sealed record EventCounts(int Registered, int Waitlisted, int Attended, int WalkIns, int? SeatsLeft);

/// <summary>StartsAt, EndsAt and the registration window are wall-clock times in Africa/Casablanca; the Utc fields are the instants.</summary>
internal sealed record EventDetails(
    Guid Id, EventKind Kind, string? TitleAr, string? TitleFr, string? TitleEn, string? DescriptionAr, string? DescriptionFr, string? DescriptionEn,
    DateTime StartsAt, DateTime EndsAt, DateTimeOffset StartsAtUtc, DateTimeOffset EndsAtUtc, string TimeZone, EventVenue Venue, string RegionCode,
    string? ProvinceCode, IReadOnlyList<EventOrganisation> Organisers, IReadOnlyList<EventOrganisation> Partners, Guid? ProgramId, string? ProgramCode,
    Guid? NetworkId, IReadOnlyList<AgendaItem> Agenda, int? Capacity, DateTime? RegistrationOpensAt, DateTime? RegistrationClosesAt, bool RegistrationOpen,
    EventAudience Audience, EventStatus Status, EventCounts Counts, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
