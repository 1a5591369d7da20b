using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

public abstract class DealStoreTests(TestProvider provider) : StorageTestBase(provider)
{
    public sealed class OnSqlite() : DealStoreTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : DealStoreTests(TestProvider.Postgres);

    [Fact]
    public async Task Stored_deal_comes_back_field_for_field()
    {
        var ws = await AddWorkspaceAsync();
        var owner = await AddMemberAsync(ws, "U-OWNER");
        var finance = await AddMemberAsync(ws, "U-FIN");
        var deal = await AddDealAsync(ws, "深圳华为技术有限公司", owner, d =>
        {
            d.SetContact("张伟", T0);
            d.SetPhone("+86 138 0000 0000", T0);
            d.SetEmail("zhang@example.cn", T0);
            d.SetSource("展会", T0);
            d.SetValue(new Money(1_234_567.89m, "USD"), T0);
            d.SetGrade(Grade.A, T0);
            d.SetStageOwner(finance.Id, T0);
            d.SetDue(new DateTimeOffset(2026, 3, 5, 18, 0, 0, TimeSpan.FromHours(8)), T0);
            d.SetReminder(T0.AddHours(30).AddTicks(10), "回款 call back", T0);
            d.Snooze(T0.AddDays(4), T0.AddMinutes(1));
        });

        var found = await InScopeAsync<IDealStore, Deal?>(s => s.GetByNumberAsync(ws.Id, deal.Number, Ct));

        found.ShouldNotBeNull().ShouldHaveSameStateAs(deal);
        found.Value.ShouldBe(new Money(1_234_567.89m, "USD"));
        found.StageOwnerId.ShouldBe(finance.Id);
    }

    [Fact]
    public async Task Closed_deal_keeps_its_status_and_close_time()
    {
        var ws = await AddWorkspaceAsync();
        var owner = await AddMemberAsync(ws, "U-OWNER");
        var deal = await AddDealAsync(ws, "Acme", owner, d => d.MoveTo(TestData.Lost, null, T0.AddDays(1)));

        var found = await InScopeAsync<IDealStore, Deal?>(s => s.GetByNumberAsync(ws.Id, deal.Number, Ct));

        found.ShouldNotBeNull().ShouldHaveSameStateAs(deal);
        found.Status.ShouldBe(DealStatus.Lost);
        found.StageDueAt.ShouldBeNull();
    }

    [Fact]
    public async Task Timeline_comes_back_newest_first_in_the_order_it_was_written()
    {
        var ws = await AddWorkspaceAsync();
        var owner = await AddMemberAsync(ws, "U-OWNER");
        var deal = await AddDealAsync(ws, "Acme", owner);
        var written = new List<TimelineEntry>();
        await using (var scope = NewScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IDealStore>();
            var loaded = (await store.GetByNumberAsync(ws.Id, deal.Number, Ct)).ShouldNotBeNull();
            var at = T0.AddHours(1);
            var change = loaded.SetCompany("Acme Ltd", at)!;
            loaded.MoveTo(TestData.Quote, at.AddDays(3), at);

            // Same instant for all three, as one command writes them; the stored order must still be the written one.
            written.Add(new TimelineEntry(loaded, TimelineKind.FieldChanged, owner.Id, at, "slack") { Field = change.Field, Before = change.Before, After = change.After, MessageLink = "https://example.slack.com/archives/C1/p1" });
            written.Add(new TimelineEntry(loaded, TimelineKind.StageMoved, owner.Id, at, "slack") { Field = "quote", Before = "lead", After = "quote" });
            written.Add(new TimelineEntry(loaded, TimelineKind.Note, null, at, "slack") { Text = "客户要求下周报价" });
            (await store.SaveAsync(loaded, written, Ct)).ShouldBe(SaveResult.Saved);
        }

        var timeline = await InScopeAsync<IDealStore, IReadOnlyList<TimelineEntry>>(s => s.TimelineAsync(ws.Id, deal.Id, 10, Ct));

        timeline.Select(t => t.Kind).ShouldBe([TimelineKind.Note, TimelineKind.StageMoved, TimelineKind.FieldChanged, TimelineKind.Created]);
        for (var i = 0; i < written.Count; i++)
        {
            timeline[written.Count - 1 - i].ShouldHaveSameStateAs(written[i]);
        }

        (await InScopeAsync<IDealStore, IReadOnlyList<TimelineEntry>>(s => s.TimelineAsync(ws.Id, deal.Id, 2, Ct))).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Deals_and_timelines_of_another_workspace_are_invisible()
    {
        var a = await AddWorkspaceAsync("a");
        var b = await AddWorkspaceAsync("b");
        var inA = await AddDealAsync(a, "Alpha", await AddMemberAsync(a, "U1"));
        var inB = await AddDealAsync(b, "Beta", await AddMemberAsync(b, "U1"));

        await using var scope = NewScope();
        var store = scope.ServiceProvider.GetRequiredService<IDealStore>();

        inA.Number.ShouldBe(1);
        inB.Number.ShouldBe(1);
        (await store.GetByNumberAsync(a.Id, 1, Ct))!.Company.ShouldBe("Alpha");
        (await store.TimelineAsync(a.Id, inB.Id, 10, Ct)).ShouldBeEmpty();
        (await store.QueryAsync(new DealQuery(a.Id) { OpenOnly = false }, Ct)).Select(d => d.Id).ShouldBe([inA.Id]);
    }

    [Fact]
    public async Task Unknown_number_finds_nothing()
    {
        var ws = await AddWorkspaceAsync();

        (await InScopeAsync<IDealStore, Deal?>(s => s.GetByNumberAsync(ws.Id, 42, Ct))).ShouldBeNull();
    }

    [Fact]
    public async Task Saving_a_deal_that_was_not_loaded_through_the_store_is_refused()
    {
        var ws = await AddWorkspaceAsync();
        var deal = await AddDealAsync(ws, "Acme", await AddMemberAsync(ws, "U1"));

        await using var scope = NewScope();
        var store = scope.ServiceProvider.GetRequiredService<IDealStore>();

        await Should.ThrowAsync<InvalidOperationException>(() => store.SaveAsync(deal, [], Ct));
    }
}
