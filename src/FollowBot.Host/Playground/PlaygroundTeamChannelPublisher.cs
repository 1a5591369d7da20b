using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;
using FollowBot.Core.Persistence;

namespace FollowBot.Host.Playground;

/// <summary>
/// The Playground's team channel is a Playground name (e.g. <c>sales-team</c>): channel escalations land in that
/// name's inbox. Say something as that name once so it exists; until then the escalation fails loudly.
/// </summary>
public sealed class PlaygroundTeamChannelPublisher(IMemberStore members, PlaygroundPublisher inbox) : ITeamChannelPublisher
{
    public string Channel => PlaygroundEndpoints.Channel;

    public async Task<PublishResult> PostAsync(WorkspaceId workspace, ConversationRef conversation, Reply message, CancellationToken cancellationToken)
    {
        var channel = await members.FindByExternalIdAsync(workspace, conversation.Address, cancellationToken);
        return channel is null
            ? new PublishResult(false, Failure: $"no Playground name '{conversation.Address}' to stand for the team channel; say hello as it once")
            : await inbox.PublishAsync(channel, message, cancellationToken);
    }
}
