using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests;

public abstract class DealConcurrencyTests(TestProvider provider) : StorageTestBase(provider)
{
    public sealed class OnSqlite() : DealConcurrencyTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : DealConcurrencyTests(TestProvider.Postgres);

    [Fact]
    public async Task Two_saves_of_one_loaded_version_give_one_saved_and_one_conflict()
    {
        var ws = await AddWorkspaceAsync();
        var owner = await AddMemberAsync(ws, "U1");
        var deal = await AddDealAsync(ws, "Acme", owner);
        await using var scopeA = NewScope();
        await using var scopeB = NewScope();
        var storeA = scopeA.ServiceProvider.GetRequiredService<IDealStore>();
        var storeB = scopeB.ServiceProvider.GetRequiredService<IDealStore>();
        var a = (await storeA.GetByNumberAsync(ws.Id, deal.Number, Ct))!;
        var b = (await storeB.GetByNumberAsync(ws.Id, deal.Number, Ct))!;
        a.SetCompany("Acme by A", T0.AddMinutes(1));
        b.SetCompany("Acme by B", T0.AddMinutes(2));
        b.SetPhone("123", T0.AddMinutes(2));

        var results = await Task.WhenAll(
            Task.Run(() => storeA.SaveAsync(a, [Entry(a, "A")], Ct), Ct),
            Task.Run(() => storeB.SaveAsync(b, [Entry(b, "B1"), Entry(b, "B2")], Ct), Ct));

        results.ShouldBe([SaveResult.Saved, SaveResult.Conflict], ignoreOrder: true);
        var winner = results[0] == SaveResult.Saved ? "A" : "B";
        var stored = (await InScopeAsync<IDealStore, Deal?>(s => s.GetByNumberAsync(ws.Id, deal.Number, Ct)))!;
        stored.Company.ShouldBe($"Acme by {winner}");
        stored.Phone.ShouldBe(winner == "B" ? "123" : null);
        stored.ShouldHaveSameStateAs(results[0] == SaveResult.Saved ? a : b);
        stored.ShouldHaveSameStateAs(results[0] == SaveResult.Saved ? b : a); // the loser now holds what is stored
        var notes = (await InScopeAsync<IDealStore, IReadOnlyList<TimelineEntry>>(s => s.TimelineAsync(ws.Id, deal.Id, 10, Ct)))
            .Where(t => t.Kind == TimelineKind.Note).Select(t => t.Text![0..1]);
        notes.ShouldBe(winner == "A" ? ["A"] : ["B", "B"]);
    }

    [Fact]
    public async Task After_a_conflict_the_loser_sees_the_winning_deal_and_can_save_again()
    {
        var ws = await AddWorkspaceAsync();
        var deal = await AddDealAsync(ws, "Acme", await AddMemberAsync(ws, "U1"));
        await using var scopeA = NewScope();
        await using var scopeB = NewScope();
        var storeA = scopeA.ServiceProvider.GetRequiredService<IDealStore>();
        var storeB = scopeB.ServiceProvider.GetRequiredService<IDealStore>();
        var a = (await storeA.GetByNumberAsync(ws.Id, deal.Number, Ct))!;
        var b = (await storeB.GetByNumberAsync(ws.Id, deal.Number, Ct))!;
        a.SetCompany("Acme by A", T0.AddMinutes(1));
        (await storeA.SaveAsync(a, [Entry(a, "A")], Ct)).ShouldBe(SaveResult.Saved);
        b.SetCompany("Acme by B", T0.AddMinutes(2));

        (await storeB.SaveAsync(b, [Entry(b, "B lost")], Ct)).ShouldBe(SaveResult.Conflict);

        b.Company.ShouldBe("Acme by A");
        b.SetEmail("b@example.com", T0.AddMinutes(3));
        (await storeB.SaveAsync(b, [Entry(b, "B retried")], Ct)).ShouldBe(SaveResult.Saved);
        var stored = (await InScopeAsync<IDealStore, Deal?>(s => s.GetByNumberAsync(ws.Id, deal.Number, Ct)))!;
        stored.ShouldHaveSameStateAs(b);
        var texts = (await InScopeAsync<IDealStore, IReadOnlyList<TimelineEntry>>(s => s.TimelineAsync(ws.Id, deal.Id, 10, Ct))).Select(t => t.Text);
        texts.ShouldBe(["B retried", "A", null]);
    }

    [Fact]
    public async Task Two_hundred_concurrent_creates_get_two_hundred_distinct_numbers()
    {
        var ws = await AddWorkspaceAsync();
        var owner = await AddMemberAsync(ws, "U1");

        var numbers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () => (await AddDealAsync(ws, $"Company {i}", owner)).Number, Ct)));

        numbers.Order().ShouldBe(Enumerable.Range(1, 200));
        var stored = await InScopeAsync<IDealStore, IReadOnlyList<Deal>>(s => s.QueryAsync(new DealQuery(ws.Id) { Limit = 500 }, Ct));
        stored.Count.ShouldBe(200);
        (await InScopeAsync<IDealStore, int>(s => s.NextNumberAsync(ws.Id, Ct))).ShouldBe(201);
    }

    [Fact]
    public async Task Numbers_are_counted_per_workspace()
    {
        var a = await AddWorkspaceAsync("a");
        var b = await AddWorkspaceAsync("b");

        await using var scope = NewScope();
        var store = scope.ServiceProvider.GetRequiredService<IDealStore>();

        (await store.NextNumberAsync(a.Id, Ct)).ShouldBe(1);
        (await store.NextNumberAsync(a.Id, Ct)).ShouldBe(2);
        (await store.NextNumberAsync(b.Id, Ct)).ShouldBe(1);
        await Should.ThrowAsync<InvalidOperationException>(() => store.NextNumberAsync(WorkspaceId.New(), Ct));
    }

    private static TimelineEntry Entry(Deal deal, string text) => new(deal, TimelineKind.Note, deal.OwnerId, deal.UpdatedAt, "test") { Text = text };
}
