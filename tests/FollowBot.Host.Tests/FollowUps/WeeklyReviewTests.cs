namespace FollowBot.Host.Tests.FollowUps;

/// <summary>
/// Product §6: on Monday at 09:00 a manager gets last week's review of their team, with the deadlines missed by stage
/// and by rep, the reasons given for snoozes, and the on-time rate of stage exits. A week in Shanghai (lead SLA 4
/// business hours): bob's lead goes overdue, is nudged, snoozed with a reason and moved on late, then won; carol's
/// lead moves on in time and is lost. Four stage exits, three on time; one missed deadline.
/// </summary>
public abstract class WeeklyReviewTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : WeeklyReviewTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : WeeklyReviewTests(TestProvider.Postgres);

    [Fact]
    public async Task Monday_brings_the_manager_last_weeks_missed_deadlines_snooze_reasons_and_on_time_rate()
    {
        await using var app = LadderTests.App(Database);
        await app.SayAsync("alice", "help");
        await app.SayAsync("bob", "help");
        await app.SayAsync("carol", "help");
        (await app.TextAsync("alice", "team @alice @bob @carol")).ShouldNotContain("⚠");

        await app.SayAsync("bob", "lead Acme");
        await app.SayAsync("carol", "lead Beta");
        app.Clock.AdjustTime(LadderTests.Local(1, 11));
        (await app.TextAsync("carol", "advance 2")).ShouldContain("#2");
        (await app.TextAsync("carol", "lost 2 no budget")).ShouldContain("#2");

        (await app.SweepAtAsync(LadderTests.Local(1, 14, 0, 30))).Sent.ShouldBe(1);
        app.Clock.AdjustTime(LadderTests.Local(1, 15));
        (await app.TextAsync("bob", "snooze 1 1h waiting for the PO")).ShouldContain("#1");
        app.Clock.AdjustTime(LadderTests.Local(1, 16, 30));
        (await app.TextAsync("bob", "advance 1")).ShouldContain("#1");
        (await app.TextAsync("bob", "won 1")).ShouldContain("#1");

        app.Clock.AdjustTime(LadderTests.Local(7, 9, 0, 30));
        (await app.PlanDigestsAsync()).ShouldBeGreaterThan(0);
        await app.SweepAsync();

        var review = (await app.InboxAsync("alice")).Single(m => m.CardTitle() == "Weekly review");
        review.Text.ShouldBe("Weekly review: 1 missed deadline(s), on-time rate 75%.");
        var card = review.Card!.Value.GetRawText();
        card.ShouldContain("\"text\":\"75%\"");
        card.ShouldContain("3 of 4 stage exits were on time.");
        card.ShouldContain("""{"title":"Lead","value":"1"}""", Case.Sensitive, "missed deadlines by stage");
        card.ShouldContain("""{"title":"bob","value":"1"}""", Case.Sensitive, "missed deadlines by rep");
        card.ShouldContain("""{"title":"waiting for the PO","value":"1"}""", Case.Sensitive, "snooze reasons");
        card.ShouldNotContain("carol", Case.Sensitive, "carol missed nothing");
        card.ShouldNotContain("No deadline was missed");
        (await app.InboxAsync("bob")).ShouldNotContain(m => m.CardTitle() == "Weekly review", "only managers get the review");
    }
}
