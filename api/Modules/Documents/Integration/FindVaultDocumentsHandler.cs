using CoopHub.Contracts.Documents;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Documents.Integration;

/// <summary>Answers <see cref="FindVaultDocuments"/>: which picked documents are in the cooperative's vault now.</summary>
internal sealed class FindVaultDocumentsHandler(DbSession db) : IQueryHandler<FindVaultDocuments, IReadOnlyList<VaultDocumentSnapshot>>
{
    public async ValueTask<IReadOnlyList<VaultDocumentSnapshot>> Handle(FindVaultDocuments query, CancellationToken cancellationToken)
        => (await HeldDocumentRows.LiveAsync(db, query.CooperativeId, query.DocumentIds, cancellationToken)).Select(r => r.ToSnapshot()).ToList();
}
