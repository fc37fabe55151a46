using Mediator;

namespace CoopHub.Contracts.Documents;

/// <summary>
/// The vault documents (not deleted) whose expiry date falls between <paramref name="From"/> and <paramref name="To"/>,
/// both included (issue 19 item 4: Notifications announces them to the cooperative's managers 30 days before).
/// </summary>
public sealed record ListDocumentsExpiringBetween(DateOnly From, DateOnly To) : IQuery<IReadOnlyList<ExpiringDocument>>;

/// <summary>A document about to expire: <paramref name="Kind"/> is one of <see cref="VaultDocumentKinds.All"/>.</summary>
public sealed record ExpiringDocument(Guid Id, Guid CooperativeId, string Kind, string FileName, DateOnly ExpiresOn);
