using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Host.Tests;

/// <summary>
/// Forces the race of two updates to one deal: the next save through an app wired with <see cref="Register"/> first
/// lets <see cref="Interloper"/> run to completion (its own scope, its own connection, maybe another instance), then
/// saves the version it loaded before. One race per test: an instance, never static, so tests run side by side.
/// </summary>
public sealed class SaveRace
{
    private Func<Task>? _interloper;

    public Func<Task>? Interloper
    {
        get => Volatile.Read(ref _interloper);
        set => Volatile.Write(ref _interloper, value);
    }

    /// <summary>For <see cref="FollowBotApp.ExtraServices"/>: wraps the app's deal store.</summary>
    public void Register(IServiceCollection services)
    {
        var real = services.Single(d => d.ServiceType == typeof(IDealStore));
        services.Remove(real);
        services.AddScoped<IDealStore>(sp => new RacingDealStore((IDealStore)ActivatorUtilities.CreateInstance(sp, real.ImplementationType!), this));
    }

    private Func<Task>? Take() => Interlocked.Exchange(ref _interloper, null);

    private sealed class RacingDealStore(IDealStore inner, SaveRace race) : IDealStore
    {
        public async Task<SaveResult> SaveAsync(Deal deal, IReadOnlyList<TimelineEntry> timeline, CancellationToken cancellationToken)
        {
            if (race.Take() is { } other)
            {
                await other();
            }

            return await inner.SaveAsync(deal, timeline, cancellationToken);
        }

        public Task<int> NextNumberAsync(WorkspaceId workspace, CancellationToken cancellationToken) => inner.NextNumberAsync(workspace, cancellationToken);

        public Task<Deal?> GetByNumberAsync(WorkspaceId workspace, int number, CancellationToken cancellationToken) => inner.GetByNumberAsync(workspace, number, cancellationToken);

        public Task AddAsync(Deal deal, IReadOnlyList<TimelineEntry> timeline, CancellationToken cancellationToken) => inner.AddAsync(deal, timeline, cancellationToken);

        public Task<IReadOnlyList<Deal>> QueryAsync(DealQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);

        public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(WorkspaceId workspace, DealId deal, int limit, CancellationToken cancellationToken) =>
            inner.TimelineAsync(workspace, deal, limit, cancellationToken);
    }
}
