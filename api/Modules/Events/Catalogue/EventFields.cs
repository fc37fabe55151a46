using CoopHub.Shared.Localization;
using System.Text.RegularExpressions;
using CoopHub.Contracts.Networks;
using CoopHub.Contracts.Programs;
using CoopHub.Events.Model;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Text;
using CoopHub.Shared.Time;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using Mediator;
using CoopHub.Shared.Http;

namespace CoopHub.Events.Catalogue;

// The fields an event is created and replaced with (CreateEvent, UpdateEvent), and how they become its row.
internal abstract partial record EventFields
{
    /// <summary>meeting, workshop, training, inauguration, generalAssembly, ideathon or informationSession.</summary>
    public EventKind? Kind { get; init; }

    public string? TitleAr { get; init; }

    public string? TitleFr { get; init; }

    public string? TitleEn { get; init; }

    public string? DescriptionAr { get; init; }

    public string? DescriptionFr { get; init; }

    public string? DescriptionEn { get; init; }

    /// <summary>Wall-clock time in Africa/Casablanca without an offset, e.g. 2025-09-23T11:00.</summary>
    public DateTime? StartsAt { get; init; }

    /// <summary>Wall-clock time in Africa/Casablanca without an offset.</summary>
    public DateTime? EndsAt { get; init; }

    /// <summary>A directory organisation (e.g. a cooperative house) or a free address.</summary>
    public VenueInput? Venue { get; init; }

    public string? RegionCode { get; init; }

    public string? ProvinceCode { get; init; }

    /// <summary>Organisation ids from the partner directory.</summary>
    public IReadOnlyList<Guid>? Organisers { get; init; }

    public IReadOnlyList<Guid>? Partners { get; init; }

    public Guid? ProgramId { get; init; }

    public Guid? NetworkId { get; init; }

    public IReadOnlyList<AgendaItem>? Agenda { get; init; }

    /// <summary>Seats; none means unlimited.</summary>
    public int? Capacity { get; init; }

    /// <summary>Casablanca time; none means registrations open as soon as the event is published.</summary>
    public DateTime? RegistrationOpensAt { get; init; }

    /// <summary>Casablanca time; none means until the event starts.</summary>
    public DateTime? RegistrationClosesAt { get; init; }

    /// <summary>public (the default), invited or networkMembers.</summary>
    public EventAudience? Audience { get; init; }

    /// <summary>draft (the default), published, cancelled or completed.</summary>
    public EventStatus? Status { get; init; }

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    public static partial Regex TimePattern();

    /// <summary>The row to store, with names of organisations and the program code resolved through the contracts; a wrong id is a 400 on its field.</summary>
    public async Task<Result<EventRow>> ToRowAsync(ISender sender, Guid id, int version, DateTimeOffset createdAt, DateTimeOffset updatedAt, CancellationToken ct)
    {
        async Task<Result<IReadOnlyList<EventOrganisation>>> Resolve(IReadOnlyList<Guid>? ids, string field)
        {
            var list = new List<EventOrganisation>();
            var given = ids ?? [];
            for (var i = 0; i < given.Count; i++)
            {
                var org = await sender.Send(new GetOrganisationSummary(given[i]), ct);
                if (org is null) return Error.InvalidUntranslated($"{field}[{i}]", $"No organisation has id {given[i]}; add it to the partner directory first.");
                list.Add(new EventOrganisation(org.Id, org.NameAr, org.NameFr, org.Acronym));
            }
            return list;
        }
        var organisers = await Resolve(Organisers, "organisers");
        if (organisers.IsFailure) return organisers.Error!;
        var partners = await Resolve(Partners, "partners");
        if (partners.IsFailure) return partners.Error!;
        EventVenue venue;
        if (Venue?.OrganisationId is { } venueId)
        {
            var hub = await sender.Send(new GetOrganisationSummary(venueId), ct);
            if (hub is null) return Error.InvalidUntranslated("venue.organisationId", $"No organisation has id {venueId}.");
            venue = new EventVenue(hub.Id, hub.NameAr, hub.NameFr, Clean(Venue.Address));
        }
        else
        {
            venue = new EventVenue(null, null, null, Clean(Venue?.Address));
        }
        string? programCode = null;
        if (ProgramId is { } programId)
        {
            var program = await sender.Send(new GetProgramSummary(programId), ct);
            if (program is null) return Error.InvalidUntranslated("programId", $"No program has id {programId}.");
            programCode = program.Code;
        }
        if (NetworkId is { } networkId && await sender.Send(new GetNetworkSummary(networkId), ct) is null)
        {
            return Error.InvalidUntranslated("networkId", $"No network has id {networkId}.");
        }
        return new EventRow
        {
            Id = id, Kind = ApiJson.Api(Kind!.Value), TitleAr = Clean(TitleAr), TitleFr = Clean(TitleFr), TitleEn = Clean(TitleEn),
            DescriptionAr = Clean(DescriptionAr), DescriptionFr = Clean(DescriptionFr), DescriptionEn = Clean(DescriptionEn),
            StartsAt = Casablanca.ToUtc(StartsAt!.Value), EndsAt = Casablanca.ToUtc(EndsAt!.Value), Venue = ApiJson.Write(venue),
            RegionCode = RegionCode!, ProvinceCode = ProvinceCode, Organisers = ApiJson.Write(organisers.Value), Partners = ApiJson.Write(partners.Value),
            ProgramId = ProgramId, ProgramCode = programCode, NetworkId = NetworkId, Agenda = ApiJson.Write(Agenda ?? []), Capacity = Capacity,
            RegistrationOpensAt = RegistrationOpensAt is { } o ? Casablanca.ToUtc(o) : null, RegistrationClosesAt = RegistrationClosesAt is { } c ? Casablanca.ToUtc(c) : null,
            Audience = ApiJson.Api(Audience ?? EventAudience.Public), Status = ApiJson.Api(Status ?? EventStatus.Draft),
            SearchText = SearchText.Normalize(string.Join(' ', TitleAr, TitleFr, TitleEn, venue.NameAr, venue.NameFr, venue.Address, programCode)),
            Version = version, CreatedAt = createdAt, UpdatedAt = updatedAt,
        };
    }

    private static string? Clean(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}

internal abstract class EventFieldsValidator<T> : AbstractValidator<T>
    where T : EventFields
{
    private const string LocalTime = "Give the local time in Casablanca without an offset or Z, e.g. 2025-09-23T11:00.";

    protected EventFieldsValidator(ReferenceData reference)
    {
        RuleFor(x => x.Kind).NotNull().WithText("events.give_kind_meeting_workshop_training_inauguration");
        RuleFor(x => x.TitleAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.TitleAr) || !string.IsNullOrWhiteSpace(x.TitleFr))
            .WithText("events.give_title_arabic_french_least_one").MaximumLength(300).WithText("events.title_most_300_characters");
        RuleFor(x => x.TitleFr).SafeText().MaximumLength(300).WithText("events.title_most_300_characters");
        RuleFor(x => x.TitleEn).SafeText().MaximumLength(300).WithText("events.title_most_300_characters");
        RuleFor(x => x.DescriptionAr).SafeMultilineText().MaximumLength(5000).WithText("events.description_most_5000_characters");
        RuleFor(x => x.DescriptionFr).SafeMultilineText().MaximumLength(5000).WithText("events.description_most_5000_characters");
        RuleFor(x => x.DescriptionEn).SafeMultilineText().MaximumLength(5000).WithText("events.description_most_5000_characters");
        RuleFor(x => x.StartsAt).NotNull().WithText("events.give_start_date_time_casablanca_time")
            .Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithMessage(LocalTime);
        RuleFor(x => x.EndsAt).NotNull().WithText("events.give_end_date_time_casablanca_time")
            .Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithMessage(LocalTime)
            .Must((x, e) => e is null || x.StartsAt is null || e > x.StartsAt).WithText("events.event_must_end_after_starts");
        RuleFor(x => x.RegionCode).NotEmpty().WithText("events.give_events_region")
            .KnownRegion(reference);
        RuleFor(x => x.ProvinceCode).Must((x, p) => p is null || (x.RegionCode is not null && reference.ProvinceBelongsTo(p, x.RegionCode)))
            .WithText("events.give_province_events_region");
        RuleFor(x => x.Venue!.Address).SafeMultilineText().MaximumLength(500).When(x => x.Venue is not null).WithText("events.address_most_500_characters");
        RuleFor(x => x.Organisers).Must(o => o is null || o.Count <= 10).WithText("events.list_most_10_organisers");
        RuleFor(x => x.Partners).Must(o => o is null || o.Count <= 20).WithText("events.list_most_20_partners");
        RuleFor(x => x.Agenda).Must(a => a is null || a.Count <= 30).WithText("events.list_most_30_agenda_items");
        RuleForEach(x => x.Agenda).ChildRules(a =>
        {
            a.RuleFor(x => x.Time).SafeText().Must(t => t is null || EventFields.TimePattern().IsMatch(t)).WithText("events.give_time_hh_mm_e_g");
            a.RuleFor(x => x.TitleAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.TitleAr) || !string.IsNullOrWhiteSpace(x.TitleFr))
                .WithText("events.give_item_arabic_french").MaximumLength(300).WithText("events.item_most_300_characters");
            a.RuleFor(x => x.TitleFr).SafeText().MaximumLength(300).WithText("events.item_most_300_characters");
            a.RuleFor(x => x.TitleEn).SafeText().MaximumLength(300).WithText("events.item_most_300_characters");
        });
        RuleFor(x => x.Capacity).InclusiveBetween(1, 100_000).WithText("events.capacity_between_1_100000_seats_leave");
        RuleFor(x => x.RegistrationOpensAt).Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithMessage(LocalTime);
        RuleFor(x => x.RegistrationClosesAt).Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithMessage(LocalTime)
            .Must((x, c) => c is null || x.RegistrationOpensAt is null || c > x.RegistrationOpensAt).WithText("events.registrations_must_close_after_they_open")
            .Must((x, c) => c is null || x.EndsAt is null || c <= x.EndsAt).WithText("events.registrations_must_close_before_event_ends");
        RuleFor(x => x.NetworkId).NotNull().When(x => x.Audience == EventAudience.NetworkMembers).WithText("events.event_networks_members_needs_network");
    }
}

internal sealed record VenueInput(Guid? OrganisationId, string? Address);
