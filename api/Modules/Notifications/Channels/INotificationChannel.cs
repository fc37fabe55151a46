using CoopHub.Notifications.Model;

namespace CoopHub.Notifications.Channels;

/// <summary>
/// One way of reaching a person (the in-app inbox, e-mail, SMS). The dispatcher hands each claimed message
/// to the channel its row names and records the answer; a channel never writes the message's row itself.
/// </summary>
internal interface INotificationChannel
{
    /// <summary>The channel's name as stored in <c>ntf_messages.channel</c>.</summary>
    string Name { get; }

    Task<ChannelAnswer> SendAsync(MessageRow message, CancellationToken ct);
}

/// <summary>A channel that keeps a connection open across messages: the dispatcher closes it when nothing is left to send.</summary>
internal interface IConnectedChannel
{
    Task CloseIdleAsync();
}

/// <summary>
/// What the channel's provider answered: accepted or not, in its own words (for the delivery log). A refusal is
/// retried with backoff unless it is <see cref="Permanent"/> (an invalid number, bad credentials: dead at once); a
/// message <see cref="PostponedUntil"/> was not attempted (SMS quiet hours) and waits, its attempts unchanged. An accepted
/// message may carry the provider's id for it (<see cref="ProviderId"/>, Twilio's SM…), by which a delivery receipt finds it.
/// </summary>
internal sealed record ChannelAnswer(bool Accepted, string Answer, bool Permanent = false, DateTimeOffset? PostponedUntil = null, string? ProviderId = null)
{
    public static ChannelAnswer Ok(string answer, string? providerId = null) => new(true, answer, ProviderId: string.IsNullOrEmpty(providerId) ? null : providerId);

    public static ChannelAnswer Failed(string answer) => new(false, answer);

    /// <summary>A refusal that no retry can change: the message is dead after this attempt.</summary>
    public static ChannelAnswer Dead(string answer) => new(false, answer, Permanent: true);

    /// <summary>Not sent now and not an attempt: due again at <paramref name="until"/>.</summary>
    public static ChannelAnswer Postponed(DateTimeOffset until, string answer) => new(false, answer, PostponedUntil: until);
}
