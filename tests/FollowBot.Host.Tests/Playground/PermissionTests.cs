using FollowBot.Core.Domain;

namespace FollowBot.Host.Tests.Playground;

/// <summary>Product §8 through the real engine: reps edit their own, managers their team's, admins everything.</summary>
public abstract class PermissionTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : PermissionTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : PermissionTests(TestProvider.Postgres);

    [Fact]
    public async Task A_rep_is_refused_on_another_reps_deal_their_manager_may_edit_it_and_an_admin_may_do_all()
    {
        await using var app = new FollowBotApp(Database);
        await app.SayAsync("admin", "help");          // first member: admin
        await app.SayAsync("lee", "help");            // later members: reps
        await app.SayAsync("bob", "lead Bob Co");     // #1, Bob's
        await app.SayAsync("carol", "lead Carol Co"); // #2, Carol's
        (await app.TextAsync("admin", "team @lee @bob")).ShouldContain("lee");

        var refused = await app.TextAsync("carol", "update 1 value=1000");
        refused.ShouldContain("bob");
        refused.ShouldContain("manager");
        (await app.DealAsync(1)).Amount.ShouldBeNull();
        (await app.TextAsync("carol", "advance 1")).ShouldContain("bob");
        (await app.DealAsync(1)).Stage.ShouldBe("lead");

        (await app.TextAsync("lee", "update 1 value=1000")).ShouldContain("#1");
        (await app.DealAsync(1)).Amount.ShouldBe(1000m);
        (await app.TextAsync("lee", "update 2 value=1000")).ShouldContain("carol");

        (await app.TextAsync("admin", "advance 2")).ShouldContain("#2");
        (await app.DealAsync(2)).Stage.ShouldBe("quote");
        (await app.TextAsync("admin", "assign 2 @bob")).ShouldContain("bob");
        (await app.DealAsync(2)).OwnerId.ShouldBe((await app.DealAsync(1)).OwnerId);
    }

    [Fact]
    public async Task Reps_cannot_assign_or_change_roles()
    {
        await using var app = new FollowBotApp(Database);
        await app.SayAsync("admin", "help");
        await app.SayAsync("bob", "lead Bob Co");
        (await app.TextAsync("bob", "assign 1 @admin")).ShouldContain("manager");
        (await app.TextAsync("bob", "role @bob admin")).ShouldContain("admin");
        (await app.DealAsync(1)).Status.ShouldBe(DealStatus.Open);
    }
}
