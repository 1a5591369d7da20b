using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

internal sealed class WorkspaceStore(FollowBotDbContext db) : IWorkspaceStore
{
    public Task<Workspace?> FindByKeyAsync(string key, CancellationToken cancellationToken) =>
        Lookups.WorkspaceByKey.For(db)(db, key, cancellationToken);

    public Task<Workspace?> GetAsync(WorkspaceId id, CancellationToken cancellationToken) =>
        db.Workspaces.FirstOrDefaultAsync(w => w.Id == id, cancellationToken);

    public async Task<Workspace> AddAsync(Workspace workspace, CancellationToken cancellationToken)
    {
        db.Workspaces.Add(workspace);
        if (await db.TrySaveNewAsync(workspace, cancellationToken))
        {
            return workspace;
        }

        // The first message of a new team can arrive twice at once; the other request's row wins.
        return await db.Workspaces.FirstAsync(w => w.Key == workspace.Key, cancellationToken);
    }
}
