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
                if (org is null) return Error.Invalid($"{field}[{i}]", "events.unknown_organisation");
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
            if (hub is null) return Error.Invalid("venue.organisationId", "events.unknown_venue");
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
            if (program is null) return Error.Invalid("programId", "events.unknown_program");
            programCode = program.Code;
        }
        if (NetworkId is { } networkId && await sender.Send(new GetNetworkSummary(networkId), ct) is null)
        {
            return Error.Invalid("networkId", "events.unknown_network");
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
            SearchText = EventSearch.Key(TitleAr, TitleFr, TitleEn, venue, programCode),
            Version = version, CreatedAt = createdAt, UpdatedAt = updatedAt,
        };
    }

    private static string? Clean(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}

internal abstract class EventFieldsValidator<T> : AbstractValidator<T>
    where T : EventFields
{
    protected EventFieldsValidator(ReferenceData reference)
    {
        RuleFor(x => x.Kind).NotNull().WithText("events.kind_required");
        RuleFor(x => x.TitleAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.TitleAr) || !string.IsNullOrWhiteSpace(x.TitleFr))
            .WithText("events.title_required").MaximumLength(300);
        RuleFor(x => x.TitleFr).SafeText().MaximumLength(300);
        RuleFor(x => x.TitleEn).SafeText().MaximumLength(300);
        RuleFor(x => x.DescriptionAr).SafeMultilineText().MaximumLength(5000);
        RuleFor(x => x.DescriptionFr).SafeMultilineText().MaximumLength(5000);
        RuleFor(x => x.DescriptionEn).SafeMultilineText().MaximumLength(5000);
        RuleFor(x => x.StartsAt).NotNull().WithText("events.starts_at_required")
            .Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithText("events.local_time");
        RuleFor(x => x.EndsAt).NotNull().WithText("events.ends_at_required")
            .Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithText("events.local_time")
            .Must((x, e) => e is null || x.StartsAt is null || e > x.StartsAt).WithText("events.end_before_start");
        RuleFor(x => x.RegionCode).NotEmpty().WithText("events.region_required")
            .KnownRegion(reference);
        RuleFor(x => x.ProvinceCode).Must((x, p) => p is null || (x.RegionCode is not null && reference.ProvinceBelongsTo(p, x.RegionCode)))
            .WithText("events.province_not_in_region");
        RuleFor(x => x.Venue!.Address).SafeMultilineText().MaximumLength(500).When(x => x.Venue is not null);
        RuleFor(x => x.Organisers).Must(o => o is null || o.Count <= 10).WithText("events.organisers_at_most_10");
        RuleFor(x => x.Partners).Must(o => o is null || o.Count <= 20).WithText("events.partners_at_most_20");
        RuleFor(x => x.Agenda).Must(a => a is null || a.Count <= 30).WithText("events.agenda_at_most_30");
        RuleForEach(x => x.Agenda).ChildRules(a =>
        {
            a.RuleFor(x => x.Time).SafeText().Must(t => t is null || EventFields.TimePattern().IsMatch(t)).WithText("events.agenda_time_invalid");
            a.RuleFor(x => x.TitleAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.TitleAr) || !string.IsNullOrWhiteSpace(x.TitleFr))
                .WithText("events.agenda_item_title_required").MaximumLength(300);
            a.RuleFor(x => x.TitleFr).SafeText().MaximumLength(300);
            a.RuleFor(x => x.TitleEn).SafeText().MaximumLength(300);
        });
        RuleFor(x => x.Capacity).InclusiveBetween(1, 100_000).WithText("events.capacity_range");
        RuleFor(x => x.RegistrationOpensAt).Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithText("events.local_time");
        RuleFor(x => x.RegistrationClosesAt).Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithText("events.local_time")
            .Must((x, c) => c is null || x.RegistrationOpensAt is null || c > x.RegistrationOpensAt).WithText("events.registration_close_before_open")
            .Must((x, c) => c is null || x.EndsAt is null || c <= x.EndsAt).WithText("events.registration_close_after_end");
        RuleFor(x => x.NetworkId).NotNull().When(x => x.Audience == EventAudience.NetworkMembers).WithText("events.network_required_for_members");
    }
}

internal sealed record VenueInput(Guid? OrganisationId, string? Address);
