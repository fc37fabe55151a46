using CoopHub.Notifications.Model;

namespace CoopHub.Notifications.Channels;

/// <summary>
/// One way of reaching a person (the in-app inbox, e-mail; SMS comes later). The dispatcher hands each claimed message
/// to the channel its row names and records the answer; a channel never writes the message's row itself.
/// </summary>
internal interface INotificationChannel
{
    /// <summary>The channel's name as stored in <c>ntf_messages.channel</c>.</summary>
    string Name { get; }

    Task<ChannelAnswer> SendAsync(MessageRow message, CancellationToken ct);
}

/// <summary>What the channel's provider answered: accepted or not, in its own words (for the delivery log).</summary>
internal sealed record ChannelAnswer(bool Accepted, string Answer)
{
    public static ChannelAnswer Ok(string answer) => new(true, answer);

    public static ChannelAnswer Failed(string answer) => new(false, answer);
}
