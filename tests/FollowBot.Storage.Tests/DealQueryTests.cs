using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;

namespace FollowBot.Storage.Tests;

public abstract class DealQueryTests(TestProvider provider) : StorageTestBase(provider)
{
    public sealed class OnSqlite() : DealQueryTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : DealQueryTests(TestProvider.Postgres);

    private Workspace _ws = null!;
    private Member _ann = null!;
    private Member _bob = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _ws = await AddWorkspaceAsync();
        _ann = await AddMemberAsync(_ws, "ANN");
        _bob = await AddMemberAsync(_ws, "BOB");
    }

    private Task<IReadOnlyList<Deal>> QueryAsync(DealQuery query) =>
        InScopeAsync<IDealStore, IReadOnlyList<Deal>>(s => s.QueryAsync(query, Ct));

    private async Task<IEnumerable<string>> CompaniesAsync(DealQuery query) => (await QueryAsync(query)).Select(d => d.Company);

    [Fact]
    public async Task Held_by_keeps_deals_owned_or_whose_stage_is_owned_by_the_members()
    {
        await AddDealAsync(_ws, "Owned by Ann", _ann);
        await AddDealAsync(_ws, "Ann owns the stage", _bob, d => d.SetStageOwner(_ann.Id, T0));
        await AddDealAsync(_ws, "Bob only", _bob);

        (await CompaniesAsync(new DealQuery(_ws.Id) { HeldBy = [_ann.Id] })).ShouldBe(["Owned by Ann", "Ann owns the stage"], ignoreOrder: true);
        (await CompaniesAsync(new DealQuery(_ws.Id) { HeldBy = [_ann.Id, _bob.Id] })).Count().ShouldBe(3);
        (await CompaniesAsync(new DealQuery(_ws.Id) { HeldBy = [] })).ShouldBeEmpty();
    }

    [Fact]
    public async Task Due_before_keeps_open_deals_whose_deadline_has_passed()
    {
        await AddDealAsync(_ws, "Late", _ann, d => d.SetDue(T0.AddHours(-1), T0));
        await AddDealAsync(_ws, "Later", _ann, d => d.SetDue(T0.AddHours(1), T0));
        await AddDealAsync(_ws, "Late but won", _ann, d => d.MoveTo(TestData.Won, null, T0));
        await AddDealAsync(_ws, "No deadline", _ann, d => d.RecomputeDue(null, T0));

        (await CompaniesAsync(new DealQuery(_ws.Id) { DueBefore = T0, OpenOnly = false })).ShouldBe(["Late"]);
    }

    [Fact]
    public async Task Due_before_compares_instants_not_local_clock_times()
    {
        // 10:00 in Shanghai is 02:00 UTC: earlier than 03:00 UTC although "10" > "03".
        await AddDealAsync(_ws, "Shanghai", _ann, d => d.SetDue(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8)), T0));
        await AddDealAsync(_ws, "London", _ann, d => d.SetDue(new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero), T0));

        (await CompaniesAsync(new DealQuery(_ws.Id) { DueBefore = new DateTimeOffset(2026, 3, 2, 2, 30, 0, TimeSpan.Zero) })).ShouldBe(["Shanghai"]);
        (await CompaniesAsync(new DealQuery(_ws.Id))).ShouldBe(["Shanghai", "London"]);
    }

    [Theory]
    [InlineData("acme", "ACME Trading")]
    [InlineData("TRADING", "ACME Trading")]
    [InlineData("华为", "深圳华为技术")]
    [InlineData("zhang", "Contact match")]
    [InlineData("王", "Chinese contact")]
    [InlineData("müller", "MÜLLER GmbH")]
    public async Task Text_matches_company_or_contact_ignoring_case(string text, string expected)
    {
        await AddDealAsync(_ws, "ACME Trading", _ann);
        await AddDealAsync(_ws, "深圳华为技术", _ann);
        await AddDealAsync(_ws, "Contact match", _ann, d => d.SetContact("Zhang Wei", T0));
        await AddDealAsync(_ws, "Chinese contact", _ann, d => d.SetContact("王小明", T0));
        await AddDealAsync(_ws, "MÜLLER GmbH", _ann);

        (await CompaniesAsync(new DealQuery(_ws.Id) { Text = text })).ShouldBe([expected]);
    }

    [Fact]
    public async Task Open_only_leaves_out_won_and_lost_deals()
    {
        await AddDealAsync(_ws, "Open", _ann);
        await AddDealAsync(_ws, "Won", _ann, d => d.MoveTo(TestData.Won, null, T0));
        await AddDealAsync(_ws, "Lost", _ann, d => d.MoveTo(TestData.Lost, null, T0));

        (await CompaniesAsync(new DealQuery(_ws.Id))).ShouldBe(["Open"]);
        (await CompaniesAsync(new DealQuery(_ws.Id) { OpenOnly = false })).ShouldBe(["Open", "Won", "Lost"], ignoreOrder: true);
    }

    [Fact]
    public async Task Results_come_soonest_deadline_first_then_by_number_with_no_deadline_last()
    {
        await AddDealAsync(_ws, "#1 none", _ann, d => d.RecomputeDue(null, T0));
        await AddDealAsync(_ws, "#2 in 3h", _ann, d => d.SetDue(T0.AddHours(3), T0));
        await AddDealAsync(_ws, "#3 in 1h", _ann, d => d.SetDue(T0.AddHours(1), T0));
        await AddDealAsync(_ws, "#4 in 3h", _ann, d => d.SetDue(T0.AddHours(3), T0));
        await AddDealAsync(_ws, "#5 overdue", _ann, d => d.SetDue(T0.AddDays(-3), T0));

        (await CompaniesAsync(new DealQuery(_ws.Id))).ShouldBe(["#5 overdue", "#3 in 1h", "#2 in 3h", "#4 in 3h", "#1 none"]);
        (await CompaniesAsync(new DealQuery(_ws.Id) { Limit = 2 })).ShouldBe(["#5 overdue", "#3 in 1h"]);
    }

    [Fact]
    public async Task A_page_held_by_members_is_the_first_of_all_their_deals_in_list_order_when_deadlines_tie()
    {
        // Deadlines fall on a few business-day boundaries, so many deals share one: the page must still be the
        // first by number among equals, whichever of owner or stage owner makes the deal someone's, each deal once.
        var carl = await AddMemberAsync(_ws, "CARL");
        var all = new List<Deal>();
        for (var i = 0; i < 90; i++)
        {
            var (owner, stageOwner) = (i % 3) switch { 0 => (_ann, _ann), 1 => (_bob, _ann), _ => (_ann, carl) };
            all.Add(await AddDealAsync(_ws, $"#{i}", owner, d =>
            {
                d.SetStageOwner(stageOwner.Id, T0);
                if (i % 10 == 9) { d.RecomputeDue(null, T0); } else { d.SetDue(T0.AddDays(i % 3), T0); }
                if (i % 17 == 16) { d.MoveTo(TestData.Won, null, T0); }
            }));
        }

        // One member's lists (open, maybe due before) take a compiled path; several members the general one.
        var tomorrow = T0.AddDays(1).AddHours(1);
        foreach (var (members, limit, dueBefore) in new (MemberId[], int, DateTimeOffset?)[]
        {
            ([_ann.Id], 25, null), ([_ann.Id], 200, null), ([carl.Id], 5, null), ([_bob.Id, carl.Id], 40, null),
            ([_ann.Id], 25, tomorrow), ([_ann.Id], 200, tomorrow), ([carl.Id], 200, T0.AddDays(3)), ([_bob.Id, carl.Id], 40, tomorrow),
        })
        {
            var expected = all
                .Where(d => d.Status == DealStatus.Open && (members.Contains(d.OwnerId) || members.Contains(d.StageOwnerId)))
                .Where(d => dueBefore is null || d.StageDueAt < dueBefore)
                .OrderBy(d => d.StageDueAt is null).ThenBy(d => d.StageDueAt).ThenBy(d => d.Number)
                .Take(limit).Select(d => d.Company).ToList();
            expected.ShouldNotBeEmpty();
            (await CompaniesAsync(new DealQuery(_ws.Id) { HeldBy = members, Limit = limit, DueBefore = dueBefore })).ShouldBe(expected);
        }
    }

    [Fact]
    public async Task Query_never_returns_deals_of_another_workspace()
    {
        var other = await AddWorkspaceAsync("other");
        var stranger = await AddMemberAsync(other, "ANN");
        await AddDealAsync(other, "ACME elsewhere", stranger, d => d.SetDue(T0.AddDays(-1), T0));
        await AddDealAsync(_ws, "ACME here", _ann);

        (await CompaniesAsync(new DealQuery(_ws.Id) { Text = "acme" })).ShouldBe(["ACME here"]);
        (await CompaniesAsync(new DealQuery(_ws.Id) { HeldBy = [stranger.Id] })).ShouldBeEmpty();
        (await CompaniesAsync(new DealQuery(_ws.Id) { DueBefore = T0 })).ShouldBeEmpty();
    }
}
