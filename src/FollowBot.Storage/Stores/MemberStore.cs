using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

internal sealed class MemberStore(FollowBotDbContext db) : IMemberStore
{
    private IQueryable<Member> In(WorkspaceId workspace) => db.Members.Where(m => m.WorkspaceId == workspace);

    public Task<Member?> FindByExternalIdAsync(WorkspaceId workspace, string externalId, CancellationToken cancellationToken) =>
        Lookups.MemberByExternalId.For(db)(db, workspace, externalId, cancellationToken);

    public Task<Member?> GetAsync(WorkspaceId workspace, MemberId id, CancellationToken cancellationToken) =>
        In(workspace).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Member>> GetManyAsync(WorkspaceId workspace, IReadOnlyCollection<MemberId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0 ? [] : await In(workspace).Where(m => wanted.Contains(m.Id)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Member>> FindByNameAsync(WorkspaceId workspace, string name, CancellationToken cancellationToken)
    {
        // Fold lower-cases every script on every provider, as ToLowerInvariant does here.
        var wanted = name.Trim().ToLowerInvariant();
        return await In(workspace)
            .Where(m => FollowBotDbContext.Fold(m.DisplayName) == wanted || FollowBotDbContext.Fold(m.ExternalId) == wanted)
            .OrderBy(m => m.DisplayName).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Member>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken) =>
        await In(workspace).OrderBy(m => m.DisplayName).ThenBy(m => m.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Member>> ListReportsAsync(WorkspaceId workspace, MemberId manager, CancellationToken cancellationToken) =>
        await In(workspace).Where(m => m.ManagerId == manager).OrderBy(m => m.DisplayName).ThenBy(m => m.Id).ToListAsync(cancellationToken);

    public Task<bool> AnyAsync(WorkspaceId workspace, CancellationToken cancellationToken) => In(workspace).AnyAsync(cancellationToken);

    public async Task<Member> AddAsync(Member member, CancellationToken cancellationToken)
    {
        db.Members.Add(member);
        if (await db.TrySaveNewAsync(member, cancellationToken))
        {
            return member;
        }

        // Two messages from a new person at once: both try to add them, the first insert wins.
        return await In(member.WorkspaceId).FirstAsync(m => m.ExternalId == member.ExternalId, cancellationToken);
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
