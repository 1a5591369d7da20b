using FollowBot.Core.Domain;

namespace FollowBot.Core.Persistence;

/// <summary>Members of one workspace. Every query takes the workspace: data never crosses workspaces.</summary>
public interface IMemberStore
{
    Task<Member?> FindByExternalIdAsync(WorkspaceId workspace, string externalId, CancellationToken cancellationToken);

    Task<Member?> GetAsync(WorkspaceId workspace, MemberId id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Member>> GetManyAsync(WorkspaceId workspace, IReadOnlyCollection<MemberId> ids, CancellationToken cancellationToken);

    /// <summary>Members whose display name or external id equals <paramref name="name"/>, ignoring case.</summary>
    Task<IReadOnlyList<Member>> FindByNameAsync(WorkspaceId workspace, string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<Member>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    Task<IReadOnlyList<Member>> ListReportsAsync(WorkspaceId workspace, MemberId manager, CancellationToken cancellationToken);

    Task<bool> AnyAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>Adds the member; if another request added the same external id first, returns that one instead.</summary>
    Task<Member> AddAsync(Member member, CancellationToken cancellationToken);

    /// <summary>Saves changes to members loaded through this store.</summary>
    Task SaveAsync(CancellationToken cancellationToken);
}
