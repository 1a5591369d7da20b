using FollowBot.Core.Domain;

namespace FollowBot.Core.Persistence;

/// <summary>An admin's stage deadlines per workspace, layered over the configured defaults.</summary>
public interface ISlaStore
{
    Task<IReadOnlyList<SlaSetting>> ListAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    /// <summary>Sets (or replaces) the deadline of one stage, or of one stage for one grade.</summary>
    Task SetAsync(WorkspaceId workspace, SlaSetting setting, CancellationToken cancellationToken);
}
