using CoopHub.Shared.Localization;
using System.Text.RegularExpressions;
using CoopHub.Contracts.Events;
using CoopHub.Contracts.Programs;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using FluentValidation;
using Mediator;

namespace CoopHub.ProjectBank.Competitions;

/// <summary>What a competition says, shared by CreateCompetition and UpdateCompetition (the body both send).</summary>
internal abstract partial record CompetitionFields
{
    public string? TitleAr { get; init; }

    public string? TitleFr { get; init; }

    public string? Description { get; init; }

    /// <summary>The event (an ideathon) the competition belongs to.</summary>
    public Guid? EventId { get; init; }

    public Guid? ProgramId { get; init; }

    /// <summary>Defaults to the event's region; staff of that region run the competition.</summary>
    public string? RegionCode { get; init; }

    /// <summary>Entries open, Casablanca wall-clock time.</summary>
    public DateTime? OpensAt { get; init; }

    /// <summary>Entries close, Casablanca wall-clock time.</summary>
    public DateTime? ClosesAt { get; init; }

    /// <summary>Criteria scored 0–10 with weights summing to 100.</summary>
    public IReadOnlyList<CompetitionCriterion>? Criteria { get; init; }

    /// <summary>The criterion that breaks ties (then the earlier entry); social_impact when there is one.</summary>
    public string? TieBreakCriterion { get; init; }

    /// <summary>draft (the default), open, judging or resultsPublished.</summary>
    public CompetitionStatus? Status { get; init; }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,39}$")]
    public static partial Regex KeyPattern();

    public string TieBreak() => TieBreakCriterion ?? (Criteria?.Any(c => c.Key == "social_impact") == true ? "social_impact" : Criteria![0].Key);

    /// <summary>The row these fields make, on the event the handler read once (<paramref name="ev"/>, null when unknown).</summary>
    public async Task<Result<CompetitionRow>> ToRowAsync(ISender sender, CurrentUser user, EventSummary? ev, Guid id, int version, DateTimeOffset createdAt, DateTimeOffset updatedAt, CancellationToken ct)
    {
        // A draft event exists only for its organisers (the competition would show its title and dates).
        if (ev is null || (ev.Status == "draft" && !user.CanManageRegion(ev.RegionCode))) return Error.Invalid("eventId", "bank.competition.event_unknown");
        if (ProgramId is { } programId && await sender.Send(new GetProgramSummary(programId), ct) is null) return Error.Invalid("programId", "bank.competition.program_unknown");
        return new CompetitionRow
        {
            Id = id, TitleAr = Clean(TitleAr), TitleFr = Clean(TitleFr), Description = Clean(Description), EventId = ev.Id, ProgramId = ProgramId,
            RegionCode = RegionCode ?? ev.RegionCode, OpensAt = Casablanca.ToUtc(OpensAt!.Value), ClosesAt = Casablanca.ToUtc(ClosesAt!.Value),
            Criteria = ApiJson.Write(Criteria!), TieBreakCriterion = TieBreak(), Status = ApiJson.Api(Status ?? CompetitionStatus.Draft),
            Version = version, CreatedAt = createdAt, UpdatedAt = updatedAt,
        };
    }

    private static string? Clean(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}

/// <summary>The rules of <see cref="CompetitionFields"/>, the same for CreateCompetition and UpdateCompetition.</summary>
internal abstract class CompetitionFieldsValidator<T> : AbstractValidator<T>
    where T : CompetitionFields
{
    protected CompetitionFieldsValidator(ReferenceData reference)
    {
        RuleFor(x => x.TitleAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.TitleAr) || !string.IsNullOrWhiteSpace(x.TitleFr))
            .WithText("bank.competition.title_required").MaximumLength(300);
        RuleFor(x => x.TitleFr).SafeText().MaximumLength(300);
        RuleFor(x => x.Description).SafeMultilineText().MaximumLength(5000);
        RuleFor(x => x.EventId).NotNull().WithText("bank.competition.event_required");
        RuleFor(x => x.RegionCode).KnownRegion(reference);
        RuleFor(x => x.OpensAt).NotNull().WithText("bank.competition.opens_at_required")
            .Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithText("bank.competition.local_time_required");
        RuleFor(x => x.ClosesAt).NotNull().WithText("bank.competition.closes_at_required")
            .Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithText("bank.competition.local_time_required")
            .Must((x, c) => c is null || x.OpensAt is null || c > x.OpensAt).WithText("bank.competition.closes_before_opens");
        RuleFor(x => x.Criteria).NotEmpty().WithText("bank.competition.criteria_required")
            .Must(c => c is null || c.Count <= 12).WithText("bank.competition.criteria_at_most", (_, _) => [("max", 12)])
            .Must(c => c is null || c.Count == 0 || c.Any(x => x is null) || c.Sum(x => x.Weight) == 100).WithText("bank.competition.weights_sum", (_, c) => [("sum", c!.Sum(x => x.Weight))])
            .Must(c => c is null || c.Where(x => x?.Key is not null).GroupBy(x => x.Key).All(g => g.Count() == 1)).WithText("bank.competition.criterion_key_duplicate");
        RuleForEach(x => x.Criteria).ChildRules(c =>
        {
            c.RuleFor(x => x.Key).SafeText().NotEmpty().WithText("bank.competition.criterion_key_required")
                .Must(k => k is null || CompetitionFields.KeyPattern().IsMatch(k)).WithText("bank.competition.criterion_key_invalid");
            c.RuleFor(x => x.NameAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.NameAr) || !string.IsNullOrWhiteSpace(x.NameFr))
                .WithText("bank.competition.criterion_name_required").MaximumLength(200);
            c.RuleFor(x => x.NameFr).SafeText();
            c.RuleFor(x => x.NameEn).SafeText();
            c.RuleFor(x => x.Weight).InclusiveBetween(1, 100).WithText("bank.competition.criterion_weight_range");
        });
        RuleFor(x => x.TieBreakCriterion).SafeText().Must((x, t) => t is null || x.Criteria is null || x.Criteria.Any(c => c?.Key == t))
            .WithText("bank.competition.tie_break_unknown");
    }
}
