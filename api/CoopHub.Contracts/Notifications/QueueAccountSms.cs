using Mediator;

namespace CoopHub.Contracts.Notifications;

/// <summary>
/// Queues an account message by SMS to an account made with a Moroccan mobile number (issue 19 item 1), in the
/// transaction of the command that sends it: <paramref name="Kind"/> is one of <see cref="AccountMessageKinds"/>, the
/// 6-digit <paramref name="Code"/> (empty for <see cref="AccountMessageKinds.AlreadyRegistered"/>) travels in the SMS's
/// link, never in its subject, and the link is blanked once sent. Topic <c>account</c>: never turned off and never held
/// by the SMS quiet hours (a code is wanted now).
/// </summary>
public sealed record QueueAccountSms(Guid AccountId, string Phone, string Language, string Kind, string Code) : ICommand;
