using CoopHub.Shared.Localization;
using CoopHub.Identity.Authentication;
using CoopHub.Identity.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.ChangeOwnLanguage;

internal sealed record ChangeOwnLanguageCommand : ICommand<Result<UserRow>>
{
    /// <summary>ar, fr or en.</summary>
    public Language? Language { get; init; }
}

internal sealed class ChangeOwnLanguageValidator : AbstractValidator<ChangeOwnLanguageCommand>
{
    public ChangeOwnLanguageValidator() => RuleFor(x => x.Language).NotNull().WithText("identity.language.required");
}

internal sealed class ChangeOwnLanguageAuthorizer() : SignedInOnly<ChangeOwnLanguageCommand>("identity.language.signed_in_only");

internal sealed class ChangeOwnLanguageHandler(DbSession db, AuditTrail audit, IHttpContextAccessor http, TimeProvider clock)
    : ICommandHandler<ChangeOwnLanguageCommand, Result<UserRow>>
{
    public async ValueTask<Result<UserRow>> Handle(ChangeOwnLanguageCommand command, CancellationToken cancellationToken)
    {
        var id = CurrentUserServices.FromContext(http).Id;
        var row = await OwnAccount.LoadAsync(db, id, cancellationToken);
        if (row is null) return OwnAccount.Gone();
        var before = row.Language;
        row.Language = command.Language!.Value.ToString().ToLowerInvariant();
        row.UpdatedAt = clock.GetUtcNow();
        await db.ExecuteAsync("UPDATE idn_users SET language = @Language, updated_at = @UpdatedAt WHERE id = @Id", row, cancellationToken);
        audit.Record("user", row.Id, new { language = before }, new { language = row.Language });
        return row;
    }
}

internal static class ChangeOwnLanguageEndpoint
{
    public static RouteGroupBuilder MapChangeOwnLanguage(this RouteGroupBuilder group)
    {
        group.MapPut("/me/language", async Task<Results<NoContent, ProblemHttpResult>> (ChangeOwnLanguageCommand command, ISender sender, HttpContext context, CancellationToken ct) =>
            {
                var result = await sender.Send(command, ct);
                if (result.IsFailure) return result.Error!.ToProblem();
                await context.SignInAsync(Principals.CookieScheme, Principals.ForUser(result.Value));
                return TypedResults.NoContent();
            })
            .WithName("ChangeOwnLanguage")
            .WithSummary("Sets the signed-in user's preferred language (ar, fr, en).")
            .ProducesProblems(400, 401, 403);
        return group;
    }
}
