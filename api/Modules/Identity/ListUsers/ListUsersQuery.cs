using CoopHub.Shared.Localization;
using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using CoopHub.Shared.Text;
using Dapper;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.ListUsers;

internal sealed record ListUsersQuery : IQuery<UserPage>
{
    /// <summary>Part of the email or display name.</summary>
    public string? Q { get; init; }

    public string? Role { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersValidator()
    {
        RuleFor(x => x.Q).SearchText();
        RuleFor(x => x.Role).Must(r => r is null || Roles.All.Contains(r)).WithText("identity.users.unknown_role");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

internal sealed class ListUsersAuthorizer : IAuthorizer<ListUsersQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListUsersQuery message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult(Require.Admin(user));
}

internal sealed class ListUsersHandler(DbSession db) : IQueryHandler<ListUsersQuery, UserPage>
{
    public async ValueTask<UserPage> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var clauses = new List<string>();
        var parameters = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            clauses.Add("(email_key LIKE @Q ESCAPE '\\' OR second_key LIKE @Q ESCAPE '\\' OR LOWER(display_name) LIKE @Q ESCAPE '\\')");
            parameters.Add("Q", CoopHub.Shared.Text.SearchText.ContainsPattern(query.Q.Trim().ToLowerInvariant()));
        }
        if (query.Role is not null)
        {
            clauses.Add("roles LIKE @Role");
            parameters.Add("Role", SearchClauses.InJsonList(query.Role));
        }
        var (rows, total) = await db.PageAsync<UserRow>(UserRow.Columns, "FROM idn_users", clauses, "email_key", parameters, page, pageSize, cancellationToken);
        return new UserPage(rows.Select(r => r.ToDetails()).ToList(), page, pageSize, total);
    }
}

internal static class ListUsersEndpoint
{
    public static RouteGroupBuilder MapListUsers(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<UserPage>> ([AsParameters] ListUsersQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListUsers")
            .WithSummary("Accounts, by email (administrators).")
            .ProducesProblems(400, 401, 403);
        return group;
    }
}
