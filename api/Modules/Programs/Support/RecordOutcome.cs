using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Programs.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Support;

internal sealed record RecordOutcomeCommand : ICommand<Result<OutcomeRecord>>
{
    [JsonIgnore]
    public Guid ApplicationId { get; init; }

    /// <summary>Code of one of the program's indicators, e.g. jobs_created.</summary>
    public string? Indicator { get; init; }

    public decimal? Value { get; init; }

    public DateOnly? MeasuredOn { get; init; }

    public string? Note { get; init; }
}

internal sealed class RecordOutcomeValidator : AbstractValidator<RecordOutcomeCommand>
{
    public RecordOutcomeValidator(TimeProvider clock)
    {
        RuleFor(x => x.Indicator).SafeText().NotEmpty().WithText("programs.give_indicator");
        RuleFor(x => x.Value).NotNull().WithText("programs.give_measured_value").GreaterThanOrEqualTo(0).WithText("programs.value_cannot_negative")
            .LessThan(1_000_000_000_000m).WithText("programs.value_too_large");
        RuleFor(x => x.MeasuredOn).NotNull().WithText("programs.give_date_measurement")
            .Must(d => d is null || d <= Casablanca.Today(clock)).WithText("programs.measurement_cannot_dated_future");
        RuleFor(x => x.Note).SafeMultilineText().MaximumLength(1000).WithText("programs.note_most_1000_characters");
    }
}

internal sealed class RecordOutcomeAuthorizer : IAuthorizer<RecordOutcomeCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RecordOutcomeCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(ProgramAccess.Staff(user, "record_outcomes"));
}

/// <summary>An outcome is measured for a beneficiary against one of the program's indicators, once per indicator and date.</summary>
internal sealed class RecordOutcomeHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<RecordOutcomeCommand, Result<OutcomeRecord>>
{
    public async ValueTask<Result<OutcomeRecord>> Handle(RecordOutcomeCommand command, CancellationToken cancellationToken)
    {
        if (await ProgramStore.FindApplicationInCallAsync(db, command.ApplicationId, cancellationToken) is not (var app, var call))
        {
            return ProgramStore.ApplicationNotFound(command.ApplicationId);
        }
        if (ProgramAccess.Forbid(user, call.ProgramRegionList, "record_outcomes") is { } forbidden) return forbidden;
        if (!ApplicationFlow.Awarded.Contains(app.StatusValue))
        {
            return Error.Conflict("application.not_selected", ("status", ProgramText.Status(app.StatusValue)));
        }
        var program = (await ProgramStore.FindProgramAsync(db, app.ProgramId, cancellationToken))!;
        var indicators = ApiJson.List<OutcomeIndicator>(program.Indicators);
        if (indicators.All(i => i.Code != command.Indicator))
        {
            return Error.Invalid("indicator", "programs.indicator_unknown", ("program", program.Code),
                ("indicators", ServerText.List(indicators.Select(i => ProgramText.Name(i.Code, i.NameAr, i.NameFr, i.NameEn)))));
        }
        var record = new OutcomeRecord(Guid.NewGuid(), app.Id, command.Indicator!, command.Value!.Value, command.MeasuredOn!.Value,
            string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim());
        var duplicate = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM prog_outcomes WHERE application_id = @ApplicationId AND indicator = @Indicator AND measured_on = @MeasuredOn",
            record, cancellationToken);
        if (duplicate > 0)
        {
            var indicator = indicators.First(i => i.Code == record.Indicator);
            return Error.Conflict("outcome.duplicate", ("indicator", ProgramText.Name(indicator.Code, indicator.NameAr, indicator.NameFr, indicator.NameEn)),
                ("measuredOn", record.MeasuredOn));
        }
        await db.ExecuteAsync("""
            INSERT INTO prog_outcomes (id, application_id, program_id, indicator, value, measured_on, note, created_at)
            VALUES (@Id, @ApplicationId, @ProgramId, @Indicator, @Value, @MeasuredOn, @Note, @CreatedAt)
            """, new { record.Id, record.ApplicationId, app.ProgramId, record.Indicator, record.Value, record.MeasuredOn, record.Note, CreatedAt = clock.GetUtcNow() },
            cancellationToken);
        audit.Record("outcome", record.Id, null, record);
        return record;
    }
}

internal static class RecordOutcomeEndpoint
{
    public static RouteGroupBuilder MapRecordOutcome(this RouteGroupBuilder applications)
    {
        applications.MapPost("/{id:guid}/outcomes", async Task<Results<Created<OutcomeRecord>, ProblemHttpResult>> (
                Guid id, RecordOutcomeCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { ApplicationId = id }, ct)).ToCreated(created => ProgramsRoutes.ApplicationSupport(created.ApplicationId)))
            .WithName("RecordOutcome")
            .RequireAuthorization()
            .WithSummary("Records an outcome measurement (jobs, women's jobs, revenue…) against the program's indicators.")
            .ProducesProblems(400, 401, 403, 404, 409);
        return applications;
    }
}
