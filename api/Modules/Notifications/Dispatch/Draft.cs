using CoopHub.Notifications.Model;

namespace CoopHub.Notifications.Dispatch;

/// <summary>
/// A message to queue: for one recipient (an account, or a cooperative's registry contact: <see cref="RecipientKinds"/>)
/// on one channel, about one topic (<see cref="Topics"/>), already written in the recipient's language.
/// </summary>
internal sealed record Draft(
    Guid RecipientId, string Channel, string? Address, string Language, string Subject, string Body, string? Link,
    string RecipientKind = RecipientKinds.Account, string Topic = Topics.Events);
