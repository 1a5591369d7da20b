using FollowBot.Core.Commands;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Host.Tests.Playground;

/// <summary>
/// Two people update the same deal at the same moment on a real SQLite file: one wins, the other is told to
/// retry, and nothing is half-written. The race is forced: the first update's save runs only after a second,
/// complete update (in its own scope, its own connection) has committed.
/// </summary>
public class ConcurrentUpdateTests : IDisposable
{
    private readonly TempDatabase _db = new();

    [Fact]
    public async Task One_concurrent_update_wins_and_the_other_is_told_to_retry()
    {
        await using var app = new FollowBotApp(_db.Path) { ExtraServices = RacingDealStore.Register };
        await app.SayAsync("alice", "lead Acme value=1000");
        RacingDealStore.Interloper = async scopes =>
        {
            using var scope = scopes.CreateScope();
            var engine = scope.ServiceProvider.GetRequiredService<CommandEngine>();
            var envelope = new CommandEnvelope(new WorkspaceRef("playground"), new ActorRef("alice"), "playground", "update 1 value=2000");
            (await engine.HandleAsync(envelope, default)).IsError.ShouldBeFalse();
        };

        var loser = await app.TextAsync("alice", "update 1 value=3000 note=mine");

        loser.ShouldContain("Someone else changed deal #1");
        var deal = await app.DealAsync(1);
        deal.Amount.ShouldBe(2000m);
        var timeline = await app.TimelineAsync(1);
        timeline.Count(e => e.Kind == TimelineKind.FieldChanged).ShouldBe(1);
        timeline.ShouldNotContain(e => e.Kind == TimelineKind.Note);

        // The refused member simply tries again and it goes through.
        (await app.TextAsync("alice", "update 1 value=3000")).ShouldContain("#1");
        (await app.DealAsync(1)).Amount.ShouldBe(3000m);
    }

    public void Dispose()
    {
        _db.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Wraps the real store; the first save after <see cref="Interloper"/> is set lets it run first.</summary>
    private sealed class RacingDealStore(IDealStore inner, IServiceScopeFactory scopes) : IDealStore
    {
        public static Func<IServiceScopeFactory, Task>? Interloper { get; set; }

        public static void Register(IServiceCollection services)
        {
            var real = services.Single(d => d.ServiceType == typeof(IDealStore));
            services.Remove(real);
            services.AddScoped<IDealStore>(sp => new RacingDealStore(
                (IDealStore)ActivatorUtilities.CreateInstance(sp, real.ImplementationType!),
                sp.GetRequiredService<IServiceScopeFactory>()));
        }

        public async Task<SaveResult> SaveAsync(Deal deal, IReadOnlyList<TimelineEntry> timeline, CancellationToken cancellationToken)
        {
            if (Interloper is { } other)
            {
                Interloper = null;
                await other(scopes);
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
