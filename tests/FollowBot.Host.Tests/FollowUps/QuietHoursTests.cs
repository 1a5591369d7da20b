using FollowBot.Core.FollowUps;
using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Host.Tests.FollowUps;

/// <summary>
/// Quiet hours on each recipient's own clock (product §6): the workspace calendar (09:00–18:00, Mon–Fri) read in
/// Shanghai for bob and in London for his manager alice, across a daylight-saving change.
/// </summary>
public abstract class QuietHoursTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : QuietHoursTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : QuietHoursTests(TestProvider.Postgres);

    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static FollowBotApp App(TestDatabase path, DateTimeOffset start) =>
        new(path, new FakeTimeProvider(start), new Dictionary<string, string?> { ["FollowBot:Nudges:RepeatCap"] = "0", ["FollowBot:Nudges:Enabled"] = "false" });

    private static async Task SetUpAsync(FollowBotApp app)
    {
        await app.SayAsync("alice", "help");
        await app.SayAsync("bob", "help");
        await app.TextAsync("alice", "team @alice @bob");
        await app.SetTimeZoneAsync("alice", "Europe/London");
        await app.SayAsync("bob", "lead Acme");
    }

    [Fact]
    public async Task A_deadline_at_20_00_in_Shanghai_is_delivered_at_09_00_the_next_working_day_and_the_London_manager_hears_at_09_00_London()
    {
        // Friday 2026-12-04 10:00 Shanghai; the deadline is set to Friday 20:00 Shanghai (12:00 UTC), after hours.
        await using var app = App(Database, new DateTimeOffset(2026, 12, 4, 10, 0, 0, Shanghai));
        await SetUpAsync(app);
        await app.SetDueAsync(1, new DateTimeOffset(2026, 12, 4, 20, 0, 0, Shanghai));

        // Sweep every half hour through the weekend until Monday evening.
        var sent = new List<(DateTimeOffset At, string Who)>();
        for (var at = new DateTimeOffset(2026, 12, 4, 20, 0, 30, Shanghai); at <= new DateTimeOffset(2026, 12, 7, 20, 0, 0, Shanghai); at = at.AddMinutes(30))
        {
            if ((await app.SweepAtAsync(at)).Sent > 0)
            {
                sent.AddRange((await app.InboxAsync("bob")).Concat(await app.InboxAsync("alice")).Where(m => m.At == at).Select(m => (at, m.CardTitle()!)));
            }
        }

        // Monday 09:00 Shanghai for bob; the manager rung (Fri 20:00 + 4 business hours = Mon 13:00 Shanghai = 05:00
        // London) waits for 09:00 London = 17:00 Shanghai.
        sent.ShouldBe([
            (new DateTimeOffset(2026, 12, 7, 9, 0, 30, Shanghai), "Deadline passed"),
            (new DateTimeOffset(2026, 12, 7, 17, 0, 30, Shanghai), "Overdue deal in your team"),
        ]);
        (await app.InboxAsync("bob")).Count.ShouldBe(1);
        (await app.InboxAsync("alice")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_spring_daylight_saving_change_in_London_neither_shifts_nor_duplicates_the_escalation()
    {
        // Friday 2027-03-26 20:00 Shanghai; London moves to BST on Sunday 2027-03-28 at 01:00 UTC.
        await using var app = App(Database, new DateTimeOffset(2027, 3, 26, 10, 0, 0, Shanghai));
        await SetUpAsync(app);
        await app.SetDueAsync(1, new DateTimeOffset(2027, 3, 26, 20, 0, 0, Shanghai));

        var deliveries = new List<DateTimeOffset>();
        for (var at = new DateTimeOffset(2027, 3, 26, 12, 0, 0, TimeSpan.Zero); at <= new DateTimeOffset(2027, 3, 29, 12, 0, 0, TimeSpan.Zero); at = at.AddMinutes(30))
        {
            await app.SweepAtAsync(at);
        }

        deliveries.AddRange((await app.InboxAsync("alice")).Select(m => m.At));

        // Mon 13:00 Shanghai = 05:00 UTC = 06:00 BST, outside hours: delivered at 09:00 BST = 08:00 UTC, not 09:00 UTC.
        deliveries.ShouldBe([new DateTimeOffset(2027, 3, 29, 8, 0, 0, TimeSpan.Zero)]);
        var bob = (await app.InboxAsync("bob")).Single();
        bob.At.ShouldBe(new DateTimeOffset(2027, 3, 29, 1, 0, 0, TimeSpan.Zero), "09:00 Monday in Shanghai, which has no daylight saving");
        (await app.OutboxAsync()).Where(o => o.Status == OutboxStatus.Sent).Select(o => o.Key).ShouldBeUnique();
    }

    [Fact]
    public async Task With_the_calendar_switched_off_every_hour_is_a_working_hour()
    {
        await using var app = new FollowBotApp(Database, new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 23, 0, 0, Shanghai)), new Dictionary<string, string?>
        {
            ["FollowBot:Calendar:Enabled"] = "false",
            ["FollowBot:Pipeline:Stages:lead:Sla"] = "01:00:00",
            ["FollowBot:Nudges:Enabled"] = "false",
        });
        await app.SayAsync("bob", "lead Night owl");

        await app.SweepAtAsync(new DateTimeOffset(2026, 12, 6, 0, 0, 30, Shanghai));

        (await app.InboxAsync("bob")).Single().Text!.ShouldContain("#1 Night owl");
    }

}
