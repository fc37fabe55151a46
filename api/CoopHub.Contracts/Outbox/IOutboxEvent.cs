namespace CoopHub.Contracts.Outbox;

/// <summary>
/// A message a module writes to the outbox in its change's transaction, and partners receive as a webhook's
/// <c>data</c>. Its record is the public contract of that event: the properties are the payload, camelCase.
/// The webhook catalogue lists exactly the types that implement this (a test checks it).
/// </summary>
public interface IOutboxEvent
{
    /// <summary>The event type partners subscribe to, e.g. <c>cooperative.registered</c>.</summary>
    static abstract string Type { get; }
}
