using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Documents.Model;

/// <summary>Loads a document once and checks, on what it loaded, that the caller may see it.</summary>
internal static class DocumentLookup
{
    /// <summary>The document when it exists, is not deleted and the caller may use its cooperative's vault; else null.</summary>
    public static async Task<DocumentRow?> VisibleAsync(DbSession db, ISender sender, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!user.IsAuthenticated) return null;
        var row = await db.QuerySingleOrDefaultAsync<DocumentRow>($"{DocumentRow.Select} WHERE id = @Id AND deleted_at IS NULL", new { Id = id }, ct);
        if (row is null) return null;
        return await DocumentAccess.VaultOfAsync(sender, user, row.CooperativeId, ct) is null ? null : row;
    }
}
