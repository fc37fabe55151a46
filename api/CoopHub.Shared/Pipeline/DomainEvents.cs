using Mediator;

namespace CoopHub.Shared.Pipeline;

/// <summary>Notifications raised by a command; published only after its transaction commits.</summary>
public sealed class DomainEvents
{
    private readonly List<INotification> _pending = [];

    public void Raise(INotification notification) => _pending.Add(notification);

    internal IReadOnlyList<INotification> Drain()
    {
        var items = _pending.ToArray();
        _pending.Clear();
        return items;
    }
}
