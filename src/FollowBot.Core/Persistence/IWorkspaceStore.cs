using FollowBot.Core.Domain;

namespace FollowBot.Core.Persistence;

public interface IWorkspaceStore
{
    Task<Workspace?> FindByKeyAsync(string key, CancellationToken cancellationToken);

    Task<Workspace?> GetAsync(WorkspaceId id, CancellationToken cancellationToken);

    /// <summary>Adds the workspace; if another request added the same key first, returns that one instead.</summary>
    Task<Workspace> AddAsync(Workspace workspace, CancellationToken cancellationToken);
}
