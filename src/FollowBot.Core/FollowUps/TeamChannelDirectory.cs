using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.Options;

namespace FollowBot.Core.FollowUps;

/// <summary>The configured team channel of each workspace, by workspace id (configuration names workspaces by key).</summary>
public sealed class TeamChannelDirectory(IWorkspaceStore workspaces, IOptions<NudgeOptions> options)
{
    private Dictionary<WorkspaceId, TeamChannelOptions>? _byId;

    public async Task<TeamChannelOptions?> ForAsync(WorkspaceId workspace, CancellationToken cancellationToken)
    {
        if (options.Value.TeamChannels.Count == 0)
        {
            return null;
        }

        if (_byId is null)
        {
            var byId = new Dictionary<WorkspaceId, TeamChannelOptions>();
            foreach (var channel in options.Value.TeamChannels)
            {
                // A workspace nobody has used yet has no id and no deals; it is looked up again next sweep.
                if (await workspaces.FindByKeyAsync(channel.Workspace, cancellationToken) is { } found)
                {
                    byId[found.Id] = channel;
                }
            }

            _byId = byId;
        }

        return _byId.GetValueOrDefault(workspace);
    }

    public static ConversationRef Conversation(TeamChannelOptions channel) => new(channel.Channel, channel.Address);
}
