using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// Posts into a shared conversation rather than to one member: the team channel of the last escalation rung.
/// A channel adapter implements it beside its <see cref="IChatPublisher"/>; a channel without one makes channel
/// escalations fail loudly (logged, given up) rather than silently.
/// </summary>
public interface ITeamChannelPublisher
{
    string Channel { get; }

    Task<PublishResult> PostAsync(WorkspaceId workspace, ConversationRef conversation, Reply message, CancellationToken cancellationToken);

    /// <summary>Posts one outbox message, once per <paramref name="deliveryKey"/> where the channel can (see <see cref="IChatPublisher"/>).</summary>
    Task<PublishResult> PostAsync(WorkspaceId workspace, ConversationRef conversation, Reply message, string deliveryKey, CancellationToken cancellationToken) =>
        PostAsync(workspace, conversation, message, cancellationToken);
}
