using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Storage.Tests.Reports;

/// <summary>
/// Every figure of the summary on a real SQLite file against the fixture, counted by hand (see the group table in
/// <see cref="PipelineFixture"/>). November is [N−19d, N+11d); "live" is the card's fast path at N.
/// </summary>
public abstract class PipelineReportTests(TestProvider provider) : PipelineFixture(provider)
{
    public sealed class OnSqlite() : PipelineReportTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : PipelineReportTests(TestProvider.Postgres);

    private const int Day = 86_400;
    private static readonly DateTimeOffset November = At(-19);
    private static readonly DateTimeOffset December = At(11);

    [Fact]
    public async Task Whole_workspace_in_november_counts_every_stage_rate_and_overdue_deal()
    {
        var f = await SummarizeAsync(null, November, December, N, live: true);

        Stage(f, "lead").ShouldBe(("lead", 14, 3, 26.5 * Day, "8000 CNY"));
        Stage(f, "quote").ShouldBe(("quote", 7, 3, 43.0 * Day, "24000 CNY + 8000 USD"));
        Stage(f, "contract").ShouldBe(("contract", 7, 5, 38.0 * Day, "66000 CNY"));
        Stage(f, "delivery").ShouldBe(("delivery", 2, 0, 16.0 * Day, "6000 EUR"));
        Stage(f, "payment").ShouldBe(("payment", 1, 1, 20.0 * Day, "7000.5 CNY"));
        f.Stages.Count.ShouldBe(5);

        // Exits in November: O3 4 late, O4 2 on time, O9 1 without deadline, O5 3 late, O6 2 on time, O7 2 on time,
        // O11 2 on time (lead) and 2 late (quote), C1 3 on time, C2 2 late, C5 4 on time; O8, C3 and C4 left in October.
        f.Exits.ShouldBe(new ExitFigures(27, 26, 15));
        (f.Won, f.Lost).ShouldBe((3, 6));

        f.MostOverdue.Select(d => d.Number).ShouldBe([Numbers["O8"][0], .. Numbers["O11"], .. Numbers["O4"]]);
        f.MostOverdue[0].ShouldBe(new OverdueDeal(Numbers["O8"][0], "O8-1", "payment", Eve.Id, At(-6), Cny(7000.50m)));

        f.Reps.ShouldBe([new(Ann.Id, 16, 5), new(Cat.Id, 5, 3), new(Bob.Id, 6, 2), new(Dan.Id, 3, 1), new(Eve.Id, 1, 1)]);
    }

    [Fact]
    public async Task A_team_counts_deals_its_members_own_or_whose_stage_they_hold()
    {
        var f = await SummarizeAsync([M1.Id, Ann.Id, Bob.Id], November, December, N, live: true);

        Stage(f, "lead").ShouldBe(("lead", 14, 3, 26.5 * Day, "8000 CNY"));
        Stage(f, "quote").ShouldBe(("quote", 7, 3, 43.0 * Day, "24000 CNY + 8000 USD"));
        Stage(f, "contract").ShouldBe(("contract", 2, 2, 18.0 * Day, "6000 CNY"));
        f.Stages.Select(s => s.Stage).ShouldBe(["lead", "quote", "contract"], ignoreOrder: true);

        // O9's lead exit belonged to Dan (its stage came to Ann later): not the team's.
        f.Exits.ShouldBe(new ExitFigures(15, 15, 7));
        (f.Won, f.Lost).ShouldBe((3, 2));
        f.MostOverdue.Select(d => d.Number).ShouldBe([.. Numbers["O11"], .. Numbers["O4"], Numbers["O2"][0]]);

        // Reps are the owners in the team: O9 is Dan's deal, so it shows in no team rep's line.
        f.Reps.ShouldBe([new(Ann.Id, 16, 5), new(Bob.Id, 6, 2)]);
    }

    [Fact]
    public async Task The_other_team_with_nothing_closed_has_no_completion_figures()
    {
        var f = await SummarizeAsync([M2.Id, Cat.Id, Dan.Id], November, December, N, live: true);

        Stage(f, "quote").ShouldBe(("quote", 1, 1, 3.0 * Day, "4000 CNY"));
        Stage(f, "contract").ShouldBe(("contract", 5, 3, 20.0 * Day, "60000 CNY"));
        Stage(f, "delivery").ShouldBe(("delivery", 2, 0, 16.0 * Day, "6000 EUR"));
        f.Stages.Count.ShouldBe(3);
        f.Exits.ShouldBe(new ExitFigures(8, 7, 4));
        (f.Won, f.Lost).ShouldBe((0, 0));
    }

    [Fact]
    public async Task A_rep_whose_closes_were_all_lost_has_a_completion_of_zero()
    {
        var f = await SummarizeAsync([Eve.Id], November, December, N, live: true);

        Stage(f, "payment").ShouldBe(("payment", 1, 1, 20.0 * Day, "7000.5 CNY"));
        f.Stages.Count.ShouldBe(1);
        f.Exits.ShouldBe(new ExitFigures(4, 4, 4));
        (f.Won, f.Lost).ShouldBe((0, 4));
        f.Reps.ShouldBe([new(Eve.Id, 1, 1)]);
    }

    [Fact]
    public async Task A_member_without_deals_has_no_exits_and_nothing_to_count()
    {
        var f = await SummarizeAsync([M1.Id], November, December, N, live: true);

        f.Stages.ShouldBeEmpty();
        f.Exits.ShouldBe(new ExitFigures(0, 0, 0));
        (f.Won, f.Lost).ShouldBe((0, 0));
        f.MostOverdue.ShouldBeEmpty();
        f.Reps.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_past_period_is_the_pipeline_as_it_stood_at_its_end_rebuilt_from_stage_exits()
    {
        // 1–15 November, as at N−5d: C2 was still in lead (and late), O3 had just reached quote, C1 had just been won.
        var f = await SummarizeAsync(null, November, At(-5), At(-5), live: false);

        Stage(f, "lead").ShouldBe(("lead", 2, 2, 2.0 * Day, "1600 CNY"));
        Stage(f, "quote").ShouldBe(("quote", 6, 0, 10.0 * Day, "20000 CNY + 8000 USD"));
        Stage(f, "contract").ShouldBe(("contract", 5, 0, 11.0 * Day, "66000 CNY"));
        Stage(f, "delivery").ShouldBe(("delivery", 2, 0, 6.0 * Day, "6000 EUR"));
        Stage(f, "payment").ShouldBe(("payment", 1, 1, 15.0 * Day, "7000.5 CNY"));

        // Exits in [N−19d, N−5d): O4 2 on time, O5 3 late, O7 2 on time, O11 2 on time and 2 late. Nothing closed.
        f.Exits.ShouldBe(new ExitFigures(11, 11, 6));
        (f.Won, f.Lost).ShouldBe((0, 0));
        f.MostOverdue.Select(d => d.Number).ShouldBe([Numbers["O8"][0], .. Numbers["C2"]]);
        f.MostOverdue[1].ShouldBe(new OverdueDeal(Numbers["C2"][0], "C2-1", "lead", Bob.Id, At(-5.5), Cny(800)));

        f.Reps.Take(3).ShouldBe([new(Bob.Id, 8, 2), new(Eve.Id, 1, 1), new(Cat.Id, 3, 0)]);
        f.Reps.Skip(3).ShouldBe([new(Ann.Id, 2, 0), new(Dan.Id, 2, 0)], ignoreOrder: true);
    }

    [Fact]
    public async Task An_empty_period_before_anyone_started_counts_nothing()
    {
        var f = await SummarizeAsync([Ann.Id], At(-50), November, November, live: false);

        f.Stages.ShouldBeEmpty();
        f.Exits.ShouldBe(new ExitFigures(0, 0, 0));
        (f.Won, f.Lost).ShouldBe((0, 0));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Rebuilding_now_from_history_gives_the_same_figures_as_the_live_path(bool team)
    {
        IReadOnlyCollection<MemberId>? scope = team ? [M1.Id, Ann.Id, Bob.Id] : null;
        var live = await SummarizeAsync(scope, November, December, N, live: true);
        var rebuilt = await SummarizeAsync(scope, November, December, N, live: false);

        rebuilt.Stages.Select(Describe).ShouldBe(live.Stages.Select(Describe), ignoreOrder: true);
        rebuilt.Exits.ShouldBe(live.Exits);
        rebuilt.MostOverdue.ShouldBe(live.MostOverdue);
        rebuilt.Reps.ShouldBe(live.Reps);
    }

    [Fact]
    public async Task Moving_a_deal_records_its_exit_with_the_deadline_it_had()
    {
        var exits = await InScopeAsync<FollowBotDbContext, List<StageExit>>(db =>
            Task.FromResult(db.StageExits.Where(e => e.WorkspaceId == Ws.Id).ToList()));
        var deals = await InScopeAsync<FollowBotDbContext, List<Deal>>(db => Task.FromResult(db.Deals.Where(d => d.WorkspaceId == Ws.Id).ToList()));
        var o11 = deals.Single(d => d.Number == Numbers["O11"][0]).Id;

        exits.Where(e => e.DealId == o11).OrderBy(e => e.ExitedAt).Select(e => (e.Stage, e.ToStage, e.EnteredAt, e.DueAt, e.ExitedAt, e.OnTime))
            .ShouldBe([("lead", "quote", At(-15), (DateTimeOffset?)At(-13), At(-14), true), ("quote", "contract", At(-14), At(-11), At(-9), false)]);
        exits.Count.ShouldBe(4 + 2 + 1 + 3 + 2 + 4 + 2 + 1 + 3 + 2 + 4 + 1 + 2);
    }

    private static (string, int, int, double, string) Stage(PipelineFigures f, string key)
    {
        var s = f.Stages.Single(x => x.Stage == key);
        return Describe(s);
    }

    private static (string, int, int, double, string) Describe(StageFigures s) =>
        (s.Stage, s.Count, s.Overdue, s.AgeSeconds, string.Join(" + ", s.Totals.Select(m => m.ToInvariantString())));
}
