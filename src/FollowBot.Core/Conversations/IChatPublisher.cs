using FollowBot.Core.Domain;

namespace FollowBot.Core.Conversations;

/// <summary>
/// Sends a message FollowBot starts on its own (nudges, digests) to one member. One implementation per channel,
/// chosen by <see cref="Channel"/>. A member who cannot be reached is a failed result, not an exception.
/// </summary>
public interface IChatPublisher
{
    string Channel { get; }

    Task<PublishResult> PublishAsync(Member recipient, Reply message, CancellationToken cancellationToken);

    /// <summary>
    /// Sends one outbox message; <paramref name="deliveryKey"/> is its outbox key, the same on every attempt by any
    /// host. A channel that can deliver once per key makes a resend after a crash a no-op (the Playground writes the
    /// key in the same transaction as the message). The default just publishes: a channel reached by a plain HTTP POST
    /// with no idempotency key (Teams, Slack) repeats a message whose host died between sending and recording it.
    /// </summary>
    Task<PublishResult> PublishAsync(Member recipient, Reply message, string deliveryKey, CancellationToken cancellationToken) =>
        PublishAsync(recipient, message, cancellationToken);
}

public sealed record PublishResult(bool Delivered, string? MessageId = null, string? Failure = null, bool Transient = false);
