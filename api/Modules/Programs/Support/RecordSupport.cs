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
        RuleFor(x => x.Axis).SafeText().NotEmpty().WithText("programs.give_support_axis");
        RuleFor(x => x.Kind).NotNull().WithText("programs.give_kind_equipment_training_coaching_financing");
        RuleFor(x => x.Amount).GreaterThanOrEqualTo(0).WithText("programs.amount_cannot_negative").LessThan(1_000_000_000m).WithText("programs.amount_too_large");
        RuleFor(x => x.DeliveredOn).NotNull().WithText("programs.give_date_support_was_delivered")
            .Must(d => d is null || d <= Casablanca.Today(clock)).WithText("programs.support_recorded_once_delivered_date_cannot");
        RuleFor(x => x.Description).SafeMultilineText().MaximumLength(2000).WithText("programs.description_most_2000_characters");
    }
}

internal sealed class RecordSupportAuthorizer : IAuthorizer<RecordSupportCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RecordSupportCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(ProgramAccess.Staff(user, "record_support"));
}

/// <summary>Support goes to a selected beneficiary; the first delivery moves the application from selected to supported.</summary>
internal sealed class RecordSupportHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<RecordSupportCommand, Result<SupportRecord>>
{
    public async ValueTask<Result<SupportRecord>> Handle(RecordSupportCommand command, CancellationToken cancellationToken)
    {
        if (await ProgramStore.FindApplicationInCallAsync(db, command.ApplicationId, cancellationToken) is not (var app, var call))
        {
            return ProgramStore.ApplicationNotFound(command.ApplicationId);
        }
        if (ProgramAccess.Forbid(user, call.ProgramRegionList, "record_support") is { } forbidden) return forbidden;
        if (!ApplicationFlow.Awarded.Contains(app.StatusValue))
        {
            return Error.Conflict("application.not_selected", ("status", ProgramText.Status(app.StatusValue)));
        }
        var program = (await ProgramStore.FindProgramAsync(db, app.ProgramId, cancellationToken))!;
        var axes = ApiJson.List<SupportAxis>(program.SupportAxes);
        if (axes.All(a => a.Code != command.Axis))
        {
            return Error.Invalid("axis", "programs.axis_unknown", ("program", program.Code),
                ("axes", ServerText.List(axes.Select(a => ProgramText.Name(a.Code, a.NameAr, a.NameFr, a.NameEn)))));
        }
        var now = clock.GetUtcNow();
        var record = new SupportRecord(Guid.NewGuid(), app.Id, command.Axis!, command.Kind!.Value, command.Amount, command.DeliveredOn!.Value,
            string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim());
        await db.ExecuteAsync("""
            INSERT INTO prog_support (id, application_id, program_id, axis, kind, amount, delivered_on, description, created_at)
            VALUES (@Id, @ApplicationId, @ProgramId, @Axis, @Kind, @Amount, @DeliveredOn, @Description, @CreatedAt)
            """, new { record.Id, record.ApplicationId, app.ProgramId, record.Axis, Kind = ApiJson.Api(record.Kind), record.Amount, record.DeliveredOn, record.Description, CreatedAt = now },
            cancellationToken);
        await CoopHub.Shared.Outbox.Outbox.WriteAsync(db, new CoopHub.Contracts.Programs.ApplicationSupportRecordedEvent(record.Id, app.Id, app.CallId, app.ProgramId,
            app.CooperativeId, app.RegionCode, record.Axis, ApiJson.Api(record.Kind), record.Amount, record.DeliveredOn), now, cancellationToken);
        if (app.StatusValue == ApplicationStatus.Selected)
        {
            await ApplicationFlow.MoveAsync(db, app, ApplicationStatus.Supported, StoredReason.Of("programs.history.first_support"), ProgramAccess.Actor(user), now, cancellationToken);
        }
        audit.Record("support", record.Id, null, record);
        return record;
    }
}

internal static class RecordSupportEndpoint
{
    public static RouteGroupBuilder MapRecordSupport(this RouteGroupBuilder applications)
    {
        applications.MapPost("/{id:guid}/support", async Task<Results<Created<SupportRecord>, ProblemHttpResult>> (
                Guid id, RecordSupportCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { ApplicationId = id }, ct)).ToCreated(created => ProgramsRoutes.ApplicationSupport(created.ApplicationId)))
            .WithName("RecordSupport")
            .RequireAuthorization()
            .WithSummary("Records support delivered to a selected beneficiary (the first moves it to supported).")
            .ProducesProblems(400, 401, 403, 404, 409);
        return applications;
    }
}
