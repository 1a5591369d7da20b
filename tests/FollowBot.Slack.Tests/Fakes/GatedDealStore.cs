using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Slack.Tests.Fakes;

/// <summary>The real deal store, except that adding a deal waits at a gate the test opens: a slow database on demand.</summary>
public sealed class GatedDealStore(IDealStore inner, DealStoreGate gate) : IDealStore
{
    public Task<int> NextNumberAsync(WorkspaceId workspace, CancellationToken cancellationToken) => inner.NextNumberAsync(workspace, cancellationToken);

    public Task<Deal?> GetByNumberAsync(WorkspaceId workspace, int number, CancellationToken cancellationToken) => inner.GetByNumberAsync(workspace, number, cancellationToken);

    public async Task AddAsync(Deal deal, IReadOnlyList<TimelineEntry> timeline, CancellationToken cancellationToken)
    {
        gate.Entered.TrySetResult();
        await gate.Open.Task.WaitAsync(cancellationToken);
        await inner.AddAsync(deal, timeline, cancellationToken);
    }

    public Task<SaveResult> SaveAsync(Deal deal, IReadOnlyList<TimelineEntry> timeline, CancellationToken cancellationToken) => inner.SaveAsync(deal, timeline, cancellationToken);

    public Task<IReadOnlyList<Deal>> QueryAsync(DealQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(WorkspaceId workspace, DealId deal, int limit, CancellationToken cancellationToken) =>
        inner.TimelineAsync(workspace, deal, limit, cancellationToken);
}

public sealed class DealStoreGate
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Open { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
