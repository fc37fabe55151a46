using CoopHub.Notifications.Model;

namespace CoopHub.Notifications.Channels;

/// <summary>The inbox: the message is its own delivery (ListNotifications reads it), so sending only records it as sent.</summary>
internal sealed class InAppChannel : INotificationChannel
{
    public string Name => ChannelNames.InApp;

    public Task<ChannelAnswer> SendAsync(MessageRow message, CancellationToken ct) => Task.FromResult(ChannelAnswer.Ok("In the inbox."));
}
