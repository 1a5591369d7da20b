using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;
using FollowBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Host.Tests.FollowUps;

/// <summary>
/// Product §6 rung by rung, on a running FollowBot with a fake clock (Shanghai, 09:00–18:00, Mon–Fri). The lead SLA
/// is 4 business hours, so bob's lead made Tue 10:00 is due Tue 14:00; his manager hears 2 business hours later,
/// the team channel one business day later.
/// </summary>
public abstract class LadderTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : LadderTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : LadderTests(TestProvider.Postgres);

    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    internal static DateTimeOffset Local(int day, int hour, int minute = 0, int second = 0) => new(2026, 12, day, hour, minute, second, Shanghai);

    internal static FollowBotApp App(TestDatabase path, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["FollowBot:Pipeline:Stages:lead:Sla"] = "04:00:00",
            ["FollowBot:Nudges:EscalateAfter"] = "02:00:00",
            ["FollowBot:Nudges:TeamChannels:0:Workspace"] = "playground",
            ["FollowBot:Nudges:TeamChannels:0:Channel"] = "playground",
            ["FollowBot:Nudges:TeamChannels:0:Address"] = "sales",
            ["FollowBot:Nudges:TeamChannels:0:Name"] = "#sales",

            // The test sweeps (and plans digests) itself at the instants it names; the scheduler would race it.
            ["FollowBot:Nudges:Enabled"] = "false",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new FollowBotApp(path, settings: settings);
    }

    /// <summary>alice (admin) manages bob; "sales" stands for the team channel; bob's lead #1 is due Tue 14:00.</summary>
    internal static async Task<FollowBotApp> StartAsync(TestDatabase path, Dictionary<string, string?>? extra = null)
    {
        var app = App(path, extra);
        await app.SayAsync("alice", "help");
        await app.SayAsync("bob", "help");
        await app.SayAsync("sales", "help");
        (await app.TextAsync("alice", "team @alice @bob")).ShouldNotContain("⚠");
        await app.SayAsync("bob", "lead Acme");
        (await app.DealAsync(1)).StageDueAt.ShouldBe(Local(1, 14));
        return app;
    }

    [Fact]
    public async Task Walks_every_rung_nudge_at_the_deadline_then_manager_then_repeat_and_team_channel_next_business_day()
    {
        await using var app = await StartAsync(Database);

        await app.SweepAtAsync(Local(1, 13, 59));
        (await app.InboxAsync("bob")).ShouldBeEmpty();

        await app.SweepAtAsync(Local(1, 14, 0, 30));
        var bob = await app.InboxAsync("bob");
        bob.Count.ShouldBe(1);
        bob[0].CardTitle().ShouldBe("Deadline passed");
        bob[0].Text!.ShouldContain("#1 Acme");
        (await app.InboxAsync("alice")).ShouldBeEmpty();

        await app.SweepAtAsync(Local(1, 16, 0, 30));
        var alice = await app.InboxAsync("alice");
        alice.Count.ShouldBe(1);
        alice[0].CardTitle().ShouldBe("Overdue deal in your team");
        (await app.InboxAsync("bob")).Count.ShouldBe(1);
        (await app.InboxAsync("sales")).ShouldBeEmpty();

        // Overnight and the next morning: nothing new until a business day has passed since the deadline.
        await app.SweepAtAsync(Local(2, 9, 30));
        (await app.InboxAsync("bob")).Count.ShouldBe(1);

        await app.SweepAtAsync(Local(2, 14, 0, 30));
        bob = await app.InboxAsync("bob");
        bob.Count.ShouldBe(2);
        bob[1].Card!.Value.ToString().ShouldContain("Reminder 2 of 4");
        var sales = await app.InboxAsync("sales");
        sales.Count.ShouldBe(1);
        sales[0].CardTitle().ShouldBe("Overdue deal in your team");
        (await app.InboxAsync("alice")).Count.ShouldBe(1);

        // Sweeping again (a restart, another host) sends nothing twice.
        (await app.SweepAsync()).Sent.ShouldBe(0);
        var timeline = await app.TimelineAsync(1);
        timeline.Count(e => e.Kind == TimelineKind.Nudged).ShouldBe(2);
        timeline.Count(e => e.Kind == TimelineKind.Escalated).ShouldBe(2);
        (await app.OutboxAsync()).Where(o => o.Status == OutboxStatus.Sent).Select(o => o.MessageId).ShouldAllBe(id => !string.IsNullOrEmpty(id));
    }

    [Fact]
    public async Task Snoozing_from_the_nudge_stops_the_ladder_of_the_old_deadline()
    {
        await using var app = await StartAsync(Database);
        await app.SweepAtAsync(Local(1, 14, 0, 30));
        var nudge = (await app.InboxAsync("bob")).Single();

        var reply = await app.ClickAsync("bob", "deal.snooze", new { deal = 1, duration = "1d", reason = "Waiting for the customer", nudge = nudge.Tag() });
        reply[0].Text!.ShouldStartWith("Snoozed #1 Acme");

        await app.SweepAtAsync(Local(1, 16, 0, 30));
        await app.SweepAtAsync(Local(2, 14, 0, 0));
        (await app.InboxAsync("alice")).ShouldBeEmpty();
        (await app.InboxAsync("sales")).ShouldBeEmpty();
        (await app.InboxAsync("bob")).Count.ShouldBe(1);
        var old = (await app.OutboxAsync()).Where(o => o.Deadline == Local(1, 14) && o.Rung != Rungs.Nudge).ToList();
        old.ShouldNotBeEmpty();
        old.Where(o => o.DueAt <= Local(2, 14)).ShouldAllBe(o => o.Status == OutboxStatus.Stopped);
    }

    [Fact]
    public async Task Advancing_stops_the_ladder_and_a_button_on_the_old_nudge_answers_that_it_is_out_of_date()
    {
        await using var app = await StartAsync(Database);
        await app.SweepAtAsync(Local(1, 14, 0, 30));
        var nudge = (await app.InboxAsync("bob")).Single();

        var advanced = await app.ClickAsync("bob", "deal.advance", new { deal = 1, nudge = nudge.Tag() });
        advanced[0].Text!.ShouldContain("moved from Lead to Needs & quote");

        var stale = await app.ClickAsync("bob", "deal.snooze", new { deal = 1, duration = "1d", reason = "Other", nudge = nudge.Tag() });
        stale.Single().Text!.ShouldStartWith("This reminder is out of date: #1 Acme is now in Needs & quote");
        var deal = await app.DealAsync(1);
        (deal.Stage, deal.SnoozeCount).ShouldBe(("quote", 0));
        (await app.ClickAsync("bob", "deal.advance", new { deal = 1, nudge = nudge.Tag() })).Single().Text!.ShouldContain("out of date");
        (await app.DealAsync(1)).Stage.ShouldBe("quote");

        await app.SweepAtAsync(Local(1, 16, 0, 30));
        (await app.InboxAsync("alice")).ShouldBeEmpty();
        (await app.OutboxAsync()).Single(o => o.Rung == Rungs.Manager).Status.ShouldBe(OutboxStatus.Stopped);
    }

    [Fact]
    public async Task The_fourth_snooze_of_one_stage_escalates_to_the_manager_at_once()
    {
        await using var app = await StartAsync(Database);
        for (var i = 1; i <= 3; i++)
        {
            (await app.TextAsync("bob", "snooze 1 1h waiting")).ShouldStartWith("Snoozed");
            await app.SweepAsync();
        }

        (await app.InboxAsync("alice")).ShouldBeEmpty();
        (await app.TextAsync("bob", "snooze 1 1h still waiting")).ShouldStartWith("Snoozed");
        await app.SweepAsync();

        var alice = (await app.InboxAsync("alice")).Single();
        alice.CardTitle().ShouldBe("Deal snoozed again and again");
        alice.Text!.ShouldContain("bob has snoozed it 4 times");
        (await app.SweepAsync()).Sent.ShouldBe(0);
    }

    [Fact]
    public async Task Over_the_daily_budget_nudges_fold_into_the_next_morning_digest()
    {
        await using var app = await StartAsync(Database, new() { ["FollowBot:Nudges:MaxNudgesPerDay"] = "2" });
        await app.SayAsync("bob", "lead Beta");
        await app.SayAsync("bob", "lead Gamma");

        var tally = await app.SweepAtAsync(Local(1, 14, 30));
        (tally.Sent, tally.Folded).ShouldBe((2, 1));
        (await app.InboxAsync("bob")).Count.ShouldBe(2);

        app.Clock.AdjustTime(Local(2, 9, 0, 30));
        (await app.PlanDigestsAsync()).ShouldBe(3, "bob's and alice's digests, and sales'");
        await app.SweepAsync();
        var digest = (await app.InboxAsync("bob")).Last();
        digest.CardTitle()!.ShouldStartWith("Your digest for");
        digest.Card!.Value.ToString().ShouldContain("1 more reminder(s) were held back");
        (await app.PlanDigestsAsync()).ShouldBe(0, "one digest per member and day");
    }

    [Fact]
    public async Task A_member_who_cannot_be_reached_is_a_counted_and_logged_failure()
    {
        await using var app = await StartAsync(Database);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FollowBotDbContext>().Database.ExecuteSqlRawAsync("DELETE FROM \"Conversations\"");
        }

        var tally = await app.SweepAtAsync(Local(1, 14, 0, 30));

        (tally.Unreachable, tally.GaveUp, tally.Sent).ShouldBe((1, 1, 0));
        var row = (await app.OutboxAsync()).Single(o => o.Rung == Rungs.Nudge);
        (row.Status, row.LastError).ShouldBe((OutboxStatus.GaveUp, "no conversation with the recipient"));
    }

}
