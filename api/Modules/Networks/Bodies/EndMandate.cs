using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Networks.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Networks.Bodies;

internal sealed record EndMandateCommand : ICommand<Result<NetworkMandate>>
{
    [JsonIgnore]
    public Guid NetworkId { get; init; }

    [JsonIgnore]
    public Guid MandateId { get; init; }

    /// <summary>The last day of the mandate (a resignation, a replacement voted by the assembly).</summary>
    public DateOnly? EndedOn { get; init; }
}

internal sealed class EndMandateValidator : AbstractValidator<EndMandateCommand>
{
    public EndMandateValidator() => RuleFor(x => x.EndedOn).NotNull().WithText("networks.mandate_end_required");
}

internal sealed class EndMandateAuthorizer : IAuthorizer<EndMandateCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(EndMandateCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(NetworkAccess.MayManageNetworks(user));
}

/// <summary>Ends a mandate before its term, so that, for example, a new president can be appointed the next day.</summary>
internal sealed class EndMandateHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<EndMandateCommand, Result<NetworkMandate>>
{
    public async ValueTask<Result<NetworkMandate>> Handle(EndMandateCommand command, CancellationToken cancellationToken)
    {
        var notFound = NetworkErrors.MandateNotFound();
        var loaded = await NetworkAccess.LoadToManageAsync(db, user, command.NetworkId, notFound, cancellationToken);
        if (loaded.Error is { } refused) return refused;
        var row = await db.QuerySingleOrDefaultAsync<MandateRow>($"{MandateRow.Select} WHERE d.id = @MandateId AND d.network_id = @NetworkId",
            new { command.MandateId, command.NetworkId }, cancellationToken);
        if (row is null) return notFound;
        var endedOn = command.EndedOn!.Value;
        if (endedOn < row.TermStart) return Error.Invalid("endedOn", "networks.mandate_ends_before_start", ("termStart", row.TermStart));
        if (endedOn >= row.TermEnd) return Error.Invalid("endedOn", "networks.mandate_already_ends", ("termEnd", row.TermEnd));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var before = row.ToApi(today);
        await db.ExecuteAsync("UPDATE net_mandates SET term_end = @EndedOn WHERE id = @Id", new { EndedOn = endedOn, row.Id }, cancellationToken);
        row.TermEnd = endedOn;
        var after = row.ToApi(today);
        audit.Record("networkMandate", row.Id, before, after);
        return after;
    }
}

internal static class EndMandateEndpoint
{
    public static RouteGroupBuilder MapEndMandate(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/mandates/{mandateId:guid}/end", async Task<Results<Ok<NetworkMandate>, ProblemHttpResult>> (
                Guid id, Guid mandateId, EndMandateCommand command, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(command with { NetworkId = id, MandateId = mandateId }, ct)))
            .WithName("EndMandate")
            .RequireAuthorization()
            .WithSummary("Ends a mandate before its term (resignation, replacement); the day after, another holder can take the role.")
            .ProducesProblems(400, 401, 403, 404);
        return group;
    }
}
