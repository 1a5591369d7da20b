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
}

public sealed record PublishResult(bool Delivered, string? MessageId = null, string? Failure = null, bool Transient = false);
