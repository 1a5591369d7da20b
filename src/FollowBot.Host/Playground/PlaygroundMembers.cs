using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Host.Playground;

/// <summary>Looks a Playground member up without creating one (reading an inbox must not enrol anybody).</summary>
public sealed class MemberDirectoryReader(IWorkspaceStore workspaces, IMemberStore members)
{
    public async Task<Member?> FindAsync(string workspaceKey, string user, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.FindByKeyAsync(workspaceKey, cancellationToken);
        return workspace is null ? null : await members.FindByExternalIdAsync(workspace.Id, user, cancellationToken);
    }
}
