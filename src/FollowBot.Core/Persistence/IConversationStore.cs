using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Core.Persistence;

/// <summary>
/// Where each member can be reached for messages FollowBot starts itself (nudges, digests): one reference per
/// member and channel, refreshed from every authenticated inbound message.
/// </summary>
public interface IConversationStore
{
    /// <summary>Inserts or replaces the member's reference for <c>reference.Channel</c>.</summary>
    Task SaveAsync(WorkspaceId workspace, MemberId member, ConversationRef reference, CancellationToken cancellationToken);

    Task<ConversationRef?> FindAsync(WorkspaceId workspace, MemberId member, string channel, CancellationToken cancellationToken);

    /// <summary>Every channel the member can be reached on, most recently refreshed first.</summary>
    Task<IReadOnlyList<ConversationRef>> ListAsync(WorkspaceId workspace, MemberId member, CancellationToken cancellationToken);
}
