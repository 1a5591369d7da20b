using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;
using FollowBot.Core.Persistence;

namespace FollowBot.Host.Playground;

/// <summary>
/// The Playground's team channel is a Playground name (e.g. <c>sales-team</c>): channel escalations land in that
/// name's inbox, once per outbox key like every Playground delivery. Say something as that name once so it exists;
/// until then the escalation fails loudly.
/// </summary>
public sealed class PlaygroundTeamChannelPublisher(IMemberStore members, PlaygroundPublisher inbox) : ITeamChannelPublisher
{
    public string Channel => PlaygroundEndpoints.Channel;

    public async Task<PublishResult> PostAsync(WorkspaceId workspace, ConversationRef conversation, Reply message, CancellationToken cancellationToken) =>
        await FindAsync(workspace, conversation, cancellationToken) is { } channel
            ? await inbox.PublishAsync(channel, message, cancellationToken)
            : NoChannel(conversation);

    public async Task<PublishResult> PostAsync(WorkspaceId workspace, ConversationRef conversation, Reply message, string deliveryKey, CancellationToken cancellationToken) =>
        await FindAsync(workspace, conversation, cancellationToken) is { } channel
            ? await inbox.PublishAsync(channel, message, deliveryKey, cancellationToken)
            : NoChannel(conversation);

    private Task<Member?> FindAsync(WorkspaceId workspace, ConversationRef conversation, CancellationToken cancellationToken) =>
        members.FindByExternalIdAsync(workspace, conversation.Address, cancellationToken);

    private static PublishResult NoChannel(ConversationRef conversation) =>
        new(false, Failure: $"no Playground name '{conversation.Address}' to stand for the team channel; say hello as it once");
}
