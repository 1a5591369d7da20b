using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// Hands one message to the publisher of its channel, each in a scope of its own: publishers may hold a unit of work
/// (a database context) that must not be shared by the messages sent side by side.
/// </summary>
public sealed class PublisherSet(IServiceScopeFactory scopes)
{
    public async Task<PublishResult> ToMemberAsync(Member member, ConversationRef conversation, Reply reply, string deliveryKey, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var publisher = scope.ServiceProvider.GetServices<IChatPublisher>().FirstOrDefault(p => p.Channel == conversation.Channel);
        return publisher is null
            ? new PublishResult(false, Failure: $"no publisher for channel '{conversation.Channel}'")
            : await publisher.PublishAsync(member, reply, deliveryKey, cancellationToken);
    }

    public async Task<PublishResult> ToTeamChannelAsync(WorkspaceId workspace, ConversationRef conversation, Reply reply, string deliveryKey, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var publisher = scope.ServiceProvider.GetServices<ITeamChannelPublisher>().FirstOrDefault(p => p.Channel == conversation.Channel);
        return publisher is null
            ? new PublishResult(false, Failure: $"channel '{conversation.Channel}' can't post into a team channel")
            : await publisher.PostAsync(workspace, conversation, reply, deliveryKey, cancellationToken);
    }
}
