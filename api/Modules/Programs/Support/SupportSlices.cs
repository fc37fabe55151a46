using System.Text.Json.Serialization;
using CoopHub.Programs.Applications;
using CoopHub.Programs.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using Mediator;
using CoopHub.Shared.Http;

namespace CoopHub.Programs.Support;

internal sealed record RecordSupportCommand : ICommand<Result<SupportRecord>>
{
    [JsonIgnore]
    public Guid ApplicationId { get; init; }

    /// <summary>Code of one of the program's support axes.</summary>
    public string? Axis { get; init; }

    public SupportKind? Kind { get; init; }

    /// <summary>In the program's currency; optional for training and coaching.</summary>
    public decimal? Amount { get; init; }

    public DateOnly? DeliveredOn { get; init; }

    public string? Description { get; init; }
}

internal sealed class RecordSupportValidator : AbstractValidator<RecordSupportCommand>
{
    public RecordSupportValidator(TimeProvider clock)
    {
        RuleFor(x => x.Axis).SafeText().NotEmpty().WithMessage("Give the support axis.");
        RuleFor(x => x.Kind).NotNull().WithMessage("Give the kind: equipment, training, coaching or financing.");
        RuleFor(x => x.Amount).GreaterThanOrEqualTo(0).WithMessage("The amount cannot be negative.").LessThan(1_000_000_000m).WithMessage("The amount is too large.");
        RuleFor(x => x.DeliveredOn).NotNull().WithMessage("Give the date the support was delivered.")
            .Must(d => d is null || d <= CoopHub.Shared.Time.Casablanca.Today(clock)).WithMessage("Support is recorded once delivered: the date cannot be in the future.");
        RuleFor(x => x.Description).SafeMultilineText().MaximumLength(2000).WithMessage("A description has at most 2000 characters.");
    }
}

internal sealed class RecordSupportAuthorizer(DbSession db) : IAuthorizer<RecordSupportCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(RecordSupportCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await ApplicantChecks.ProgramStaffAccessAsync(db, user, message.ApplicationId, "record support", cancellationToken);
}

/// <summary>Support goes to a selected beneficiary; the first delivery moves the application from selected to supported.</summary>
internal sealed class RecordSupportHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<RecordSupportCommand, Result<SupportRecord>>
{
    public async ValueTask<Result<SupportRecord>> Handle(RecordSupportCommand command, CancellationToken cancellationToken)
    {
        var app = await ProgramStore.FindApplicationAsync(db, command.ApplicationId, cancellationToken);
        if (app is null) return ProgramStore.ApplicationNotFound(command.ApplicationId);
        if (!ApplicationFlow.Awarded.Contains(app.StatusValue))
        {
            return Error.Conflict("application.not_selected", $"The application is {ApiJson.Api(app.StatusValue)}; support goes to selected beneficiaries.");
        }
        var program = (await ProgramStore.FindProgramAsync(db, app.ProgramId, cancellationToken))!;
        var axes = ApiJson.List<SupportAxis>(program.SupportAxes).Select(a => a.Code).ToList();
        if (!axes.Contains(command.Axis!)) return Error.Invalid("axis", $"'{command.Axis}' is not a support axis of {program.Code}; use {string.Join(", ", axes)}.");
        var now = clock.GetUtcNow();
        var record = new SupportRecord(Guid.NewGuid(), app.Id, command.Axis!, command.Kind!.Value, command.Amount, command.DeliveredOn!.Value,
            string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim());
        await db.ExecuteAsync("""
            INSERT INTO prog_support (id, application_id, program_id, axis, kind, amount, delivered_on, description, created_at)
            VALUES (@Id, @ApplicationId, @ProgramId, @Axis, @Kind, @Amount, @DeliveredOn, @Description, @CreatedAt)
            """, new { record.Id, record.ApplicationId, app.ProgramId, record.Axis, Kind = ApiJson.Api(record.Kind), record.Amount, record.DeliveredOn, record.Description, CreatedAt = now },
            cancellationToken);
        if (app.StatusValue == ApplicationStatus.Selected)
        {
            await ApplicationFlow.MoveAsync(db, app, ApplicationStatus.Supported, "First support delivered.", ProgramAccess.ActorName(user), now, cancellationToken);
        }
        audit.Record("support", record.Id, null, record);
        return record;
    }
}

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
        RuleFor(x => x.Indicator).SafeText().NotEmpty().WithMessage("Give the indicator.");
        RuleFor(x => x.Value).NotNull().WithMessage("Give the measured value.").GreaterThanOrEqualTo(0).WithMessage("A value cannot be negative.")
            .LessThan(1_000_000_000_000m).WithMessage("The value is too large.");
        RuleFor(x => x.MeasuredOn).NotNull().WithMessage("Give the date of the measurement.")
            .Must(d => d is null || d <= CoopHub.Shared.Time.Casablanca.Today(clock)).WithMessage("A measurement cannot be dated in the future.");
        RuleFor(x => x.Note).SafeMultilineText().MaximumLength(1000).WithMessage("A note has at most 1000 characters.");
    }
}

internal sealed class RecordOutcomeAuthorizer(DbSession db) : IAuthorizer<RecordOutcomeCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(RecordOutcomeCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await ApplicantChecks.ProgramStaffAccessAsync(db, user, message.ApplicationId, "record outcomes", cancellationToken);
}

internal sealed class RecordOutcomeHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<RecordOutcomeCommand, Result<OutcomeRecord>>
{
    public async ValueTask<Result<OutcomeRecord>> Handle(RecordOutcomeCommand command, CancellationToken cancellationToken)
    {
        var app = await ProgramStore.FindApplicationAsync(db, command.ApplicationId, cancellationToken);
        if (app is null) return ProgramStore.ApplicationNotFound(command.ApplicationId);
        if (!ApplicationFlow.Awarded.Contains(app.StatusValue))
        {
            return Error.Conflict("application.not_selected", $"The application is {ApiJson.Api(app.StatusValue)}; outcomes are measured for beneficiaries.");
        }
        var program = (await ProgramStore.FindProgramAsync(db, app.ProgramId, cancellationToken))!;
        var indicators = ApiJson.List<OutcomeIndicator>(program.Indicators).Select(i => i.Code).ToList();
        if (!indicators.Contains(command.Indicator!)) return Error.Invalid("indicator", $"'{command.Indicator}' is not an indicator of {program.Code}; use {string.Join(", ", indicators)}.");
        var record = new OutcomeRecord(Guid.NewGuid(), app.Id, command.Indicator!, command.Value!.Value, command.MeasuredOn!.Value,
            string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim());
        var duplicate = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM prog_outcomes WHERE application_id = @ApplicationId AND indicator = @Indicator AND measured_on = @MeasuredOn",
            record, cancellationToken);
        if (duplicate > 0) return Error.Conflict("outcome.duplicate", $"{record.Indicator} was already measured on {record.MeasuredOn:yyyy-MM-dd} for this beneficiary.");
        await db.ExecuteAsync("""
            INSERT INTO prog_outcomes (id, application_id, program_id, indicator, value, measured_on, note, created_at)
            VALUES (@Id, @ApplicationId, @ProgramId, @Indicator, @Value, @MeasuredOn, @Note, @CreatedAt)
            """, new { record.Id, record.ApplicationId, app.ProgramId, record.Indicator, record.Value, record.MeasuredOn, record.Note, CreatedAt = clock.GetUtcNow() },
            cancellationToken);
        audit.Record("outcome", record.Id, null, record);
        return record;
    }
}

internal sealed record ApplicationSupport(IReadOnlyList<SupportRecord> Support, IReadOnlyList<OutcomeRecord> Outcomes);

internal sealed record GetApplicationSupportQuery(Guid ApplicationId) : IQuery<Result<ApplicationSupport>>;

internal sealed class GetApplicationSupportAuthorizer(DbSession db) : IAuthorizer<GetApplicationSupportQuery>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(GetApplicationSupportQuery message, CurrentUser user, CancellationToken cancellationToken)
        => await ApplicationVisibility.CheckAsync(db, user, message.ApplicationId, cancellationToken);
}

internal sealed class GetApplicationSupportHandler(DbSession db) : IQueryHandler<GetApplicationSupportQuery, Result<ApplicationSupport>>
{
    public async ValueTask<Result<ApplicationSupport>> Handle(GetApplicationSupportQuery query, CancellationToken cancellationToken)
    {
        if (await ProgramStore.FindApplicationAsync(db, query.ApplicationId, cancellationToken) is null) return ProgramStore.ApplicationNotFound(query.ApplicationId);
        var support = await db.QueryAsync<SupportRow>("""
            SELECT id AS Id, application_id AS ApplicationId, axis AS Axis, kind AS Kind, amount AS Amount, delivered_on AS DeliveredOn, description AS Description
            FROM prog_support WHERE application_id = @Id ORDER BY delivered_on, id
            """, new { Id = query.ApplicationId }, cancellationToken);
        var outcomes = await db.QueryAsync<OutcomeRecordRow>("""
            SELECT id AS Id, application_id AS ApplicationId, indicator AS Indicator, value AS Value, measured_on AS MeasuredOn, note AS Note
            FROM prog_outcomes WHERE application_id = @Id ORDER BY measured_on, indicator
            """, new { Id = query.ApplicationId }, cancellationToken);
        return new ApplicationSupport(
            support.Select(s => new SupportRecord(s.Id, s.ApplicationId, s.Axis, ApiJson.Parse<SupportKind>(s.Kind), s.Amount, s.DeliveredOn, s.Description)).ToList(),
            outcomes.Select(o => new OutcomeRecord(o.Id, o.ApplicationId, o.Indicator, o.Value, o.MeasuredOn, o.Note)).ToList());
    }

    private sealed class SupportRow
    {
        public Guid Id { get; set; }
        public Guid ApplicationId { get; set; }
        public string Axis { get; set; } = "";
        public string Kind { get; set; } = "";
        public decimal? Amount { get; set; }
        public DateOnly DeliveredOn { get; set; }
        public string? Description { get; set; }
    }

    private sealed class OutcomeRecordRow
    {
        public Guid Id { get; set; }
        public Guid ApplicationId { get; set; }
        public string Indicator { get; set; } = "";
        public decimal Value { get; set; }
        public DateOnly MeasuredOn { get; set; }
        public string? Note { get; set; }
    }
}
