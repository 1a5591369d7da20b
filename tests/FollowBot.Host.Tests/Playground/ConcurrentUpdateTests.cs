using FollowBot.Core.Commands;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Host.Tests.Playground;

/// <summary>
/// Two people update the same deal at the same moment on a real database: one wins, the other is told to
/// retry, and nothing is half-written. The race is forced: the first update's save runs only after a second,
/// complete update (in its own scope, its own connection) has committed.
/// </summary>
public abstract class ConcurrentUpdateTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : ConcurrentUpdateTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : ConcurrentUpdateTests(TestProvider.Postgres);

    [Fact]
    public async Task One_concurrent_update_wins_and_the_other_is_told_to_retry()
    {
        var race = new SaveRace();
        await using var app = new FollowBotApp(Database) { ExtraServices = race.Register };
        await app.SayAsync("alice", "lead Acme value=1000");
        race.Interloper = async () =>
        {
            using var scope = app.Services.CreateScope();
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
}
