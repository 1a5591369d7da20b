using FollowBot.Core.Domain;

namespace FollowBot.Core.Persistence;

public interface IDealStore
{
    /// <summary>Takes the workspace's next deal number atomically in the database (no duplicate #n under concurrency).</summary>
    Task<int> NextNumberAsync(WorkspaceId workspace, CancellationToken cancellationToken);

    Task<Deal?> GetByNumberAsync(WorkspaceId workspace, int number, CancellationToken cancellationToken);

    /// <summary>Inserts a new deal together with its first timeline entries.</summary>
    Task AddAsync(Deal deal, IReadOnlyList<TimelineEntry> timeline, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a deal loaded through this store and appends timeline entries, in one transaction. Refused with
    /// <see cref="SaveResult.Conflict"/> when someone else saved the deal since it was loaded (optimistic concurrency).
    /// </summary>
    Task<SaveResult> SaveAsync(Deal deal, IReadOnlyList<TimelineEntry> timeline, CancellationToken cancellationToken);

    Task<IReadOnlyList<Deal>> QueryAsync(DealQuery query, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<TimelineEntry>> TimelineAsync(WorkspaceId workspace, DealId deal, int limit, CancellationToken cancellationToken);
}

public enum SaveResult
{
    Saved = 0,
    Conflict = 1,
}
