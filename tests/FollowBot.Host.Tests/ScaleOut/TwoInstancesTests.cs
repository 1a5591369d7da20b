namespace FollowBot.Host.Tests.ScaleOut;

/// <summary>
/// Two FollowBot instances in one test process (each its own host, container and connection pool) on one database,
/// where a test can force the exact interleaving that real processes only hit by chance.
/// </summary>
public abstract class TwoInstancesTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : TwoInstancesTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : TwoInstancesTests(TestProvider.Postgres);

    [Fact]
    public async Task An_update_that_loses_the_race_to_the_other_instance_is_refused_with_the_retry_message()
    {
        var race = new SaveRace();
        await using var a = new FollowBotApp(Database, instance: "a") { ExtraServices = race.Register };
        await using var b = new FollowBotApp(Database, instance: "b");
        (await a.TextAsync("alice", "lead Acme value=1000")).ShouldContain("#1");

        // Instance a loads deal #1, then, just before it saves, instance b updates the same deal to the end.
        race.Interloper = async () => (await b.TextAsync("alice", "update 1 value=2000")).ShouldStartWith("Updated #1");
        var loser = await a.TextAsync("alice", "update 1 value=3000 note=mine");

        loser.ShouldContain("Someone else changed deal #1");
        (await a.DealAsync(1)).Amount.ShouldBe(2000m);
        (await b.TimelineAsync(1)).ShouldNotContain(e => e.Text == "mine");
        (await a.TextAsync("alice", "update 1 value=3000")).ShouldStartWith("Updated #1");
        (await b.DealAsync(1)).Amount.ShouldBe(3000m);
    }

    [Fact]
    public async Task The_first_messages_of_a_new_team_reaching_both_instances_at_once_make_one_workspace_and_one_member()
    {
        await using var a = new FollowBotApp(Database, instance: "a");
        await using var b = new FollowBotApp(Database, instance: "b");

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? a : b).TextAsync("alice", $"lead \"Company {i}\"")));

        replies.ShouldAllBe(r => r.StartsWith("Created lead #", StringComparison.Ordinal));
        var members = await b.MembersAsync();
        members.Count.ShouldBe(1);
        members[0].Role.ShouldBe(FollowBot.Core.Domain.Role.Admin); // the first member of a workspace
        (await a.DealAsync(20)).Company.ShouldStartWith("Company ");
    }
}
