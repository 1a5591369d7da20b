using FollowBot.Core.FollowUps;
using FollowBot.Host.Playground;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Host.Tests.FollowUps;

/// <summary>
/// The running service, with its own Quartz scheduler doing the sweeping (no test calls the sweeper): settings as in
/// issue 5 (<c>FollowBot__Calendar__Enabled=false</c>, <c>FollowBot__Pipeline__Stages__lead__Sla=00:00:05</c>) and the
/// default 15-second sweep. The test moves FollowBot's clock and waits for the scheduler's sweeps, never for time.
/// </summary>
public abstract class RunningServiceTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : RunningServiceTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : RunningServiceTests(TestProvider.Postgres);

    private static readonly TimeSpan RealTimeout = TimeSpan.FromSeconds(60);

    private FollowBotApp Start(FakeTimeProvider clock, SweepSignal signal) => new(Database, clock, new Dictionary<string, string?>
    {
        ["FollowBot:Calendar:Enabled"] = "false",
        ["FollowBot:Pipeline:Stages:lead:Sla"] = "00:00:05",

        // Only the nudge is under test: a morning digest planned for bob (10:00 is past 09:00) would be a second
        // message depending on whether digest planning ran before or after bob first spoke.
        ["FollowBot:Nudges:DigestsEnabled"] = "false",
    })
    {
        ExtraServices = services => services.AddSingleton<ISweepObserver>(signal),
    };

    [Fact]
    public async Task A_lead_created_in_the_playground_brings_exactly_one_nudge_within_20_seconds_and_a_restart_does_not_repeat_it()
    {
        var clock = new FakeTimeProvider(FollowBotApp.Start);
        var signal = new SweepSignal();
        await using (var app = Start(clock, signal))
        {
            await app.SayAsync("bob", "lead Acme");
            (await app.DealAsync(1)).StageDueAt.ShouldBe(FollowBotApp.Start.AddSeconds(5));

            // Let the scheduler finish its start-up sweep first: it then waits for its next fire on this clock, so
            // moving the clock can't slip in before that wait is set up (seen once as a sweep that never came).
            await signal.WaitForAsync(_ => true, RealTimeout);

            // 20 s of FollowBot time: the 5 s deadline plus one 15 s sweep interval.
            clock.Advance(TimeSpan.FromSeconds(20));
            var sweep = await signal.WaitForAsync(t => t.Sent > 0, RealTimeout);

            sweep.Sent.ShouldBe(1);
            (sweep.Now - FollowBotApp.Start).ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(20));
            var inbox = await app.InboxAsync("bob");
            inbox.Count.ShouldBe(1);
            inbox[0].CardTitle().ShouldBe("Deadline passed");
        }

        // Restart on the same database a minute later: the new scheduler sweeps at once and finds nothing to send.
        clock.Advance(TimeSpan.FromMinutes(1));
        var restarted = new SweepSignal();
        await using (var app = Start(clock, restarted))
        {
            _ = app.Server;
            await restarted.WaitForAsync(_ => true, RealTimeout);

            // The nudge does not go again.
            (await app.InboxAsync("bob")).Count(m => m.CardTitle() == "Deadline passed").ShouldBe(1);
            (await app.OutboxAsync()).Count(o => o.Rung == Rungs.Nudge && o.Status == OutboxStatus.Sent).ShouldBe(1);
        }
    }

    [Fact]
    public async Task The_playground_clock_moves_followbot_forward_so_a_newcomer_watches_the_deadline_pass()
    {
        var clock = new PlaygroundClock(new FakeTimeProvider(FollowBotApp.Start));
        await using var app = new FollowBotApp(Database, settings: new() { ["FollowBot:Pipeline:Stages:lead:Sla"] = "04:00:00" })
        {
            ExtraServices = services =>
            {
                services.RemoveAll<TimeProvider>();
                services.RemoveAll<PlaygroundClock>();
                services.AddSingleton(clock);
                services.AddSingleton<TimeProvider>(clock);
            },
        };
        await app.SayAsync("bob", "lead Acme");
        var client = app.CreateClient();

        var bad = await client.PostAsync("/api/playground/clock", Json("""{"advance":"soon"}"""));
        bad.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        var moved = await client.PostAsync("/api/playground/clock", Json("""{"advance":"3d"}"""));
        moved.EnsureSuccessStatusCode();
        (await moved.Content.ReadAsStringAsync()).ShouldContain("\"offset\":\"3.00:00:00\"");
        clock.GetUtcNow().ShouldBe(FollowBotApp.Start.AddDays(3));

        await app.SweepAsync();
        // Three days on, the morning digest may also be due (Quartz plans it on its own trigger): look for the nudge.
        (await app.InboxAsync("bob")).Where(m => m.CardTitle() == "Deadline passed").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task The_clock_endpoint_does_not_exist_outside_development()
    {
        await using var app = new FollowBotApp(Database, settings: new() { ["Playground:Enabled"] = "true" });
        using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("FollowBot:Reports:SigningKey", "a-production-signing-key-of-32-chars-or-more"));

        var response = await production.CreateClient().PostAsync("/api/playground/clock", Json("""{"advance":"1d"}"""));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

}
