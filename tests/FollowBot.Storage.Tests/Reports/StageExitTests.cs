using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Storage.Tests.Reports;

public abstract class StageExitTests(TestProvider provider) : StorageTestBase(provider)
{
    public sealed class OnSqlite() : StageExitTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : StageExitTests(TestProvider.Postgres);

    [Fact]
    public async Task A_deal_moved_at_the_instant_it_was_created_still_leaves_its_exit()
    {
        var ws = await AddWorkspaceAsync();
        var ann = await AddMemberAsync(ws, "ann");
        var deal = await AddDealAsync(ws, "Acme", ann);

        await using (var scope = NewScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IDealStore>();
            var loaded = (await store.GetByNumberAsync(ws.Id, deal.Number, Ct))!;
            loaded.MoveTo(TestData.Quote, T0.AddDays(3), T0);
            await store.SaveAsync(loaded, [], Ct);
        }

        var exits = await InScopeAsync<FollowBotDbContext, List<StageExit>>(db => Task.FromResult(db.StageExits.ToList()));
        exits.Select(e => (e.Stage, e.ToStage, e.EnteredAt, e.DueAt, e.ExitedAt, e.OwnerId, e.OnTime))
            .ShouldBe([("lead", "quote", T0, (DateTimeOffset?)T0.AddDays(2), T0, ann.Id, true)]);
    }

    [Fact]
    public async Task A_save_without_a_move_leaves_no_exit_and_a_refused_save_leaves_none_either()
    {
        var ws = await AddWorkspaceAsync();
        var ann = await AddMemberAsync(ws, "ann");
        var deal = await AddDealAsync(ws, "Acme", ann);

        await using var first = NewScope();
        await using var second = NewScope();
        var a = first.ServiceProvider.GetRequiredService<IDealStore>();
        var b = second.ServiceProvider.GetRequiredService<IDealStore>();
        var mine = (await a.GetByNumberAsync(ws.Id, deal.Number, Ct))!;
        var theirs = (await b.GetByNumberAsync(ws.Id, deal.Number, Ct))!;
        theirs.SetCompany("Acme Ltd", T0.AddHours(1));
        (await b.SaveAsync(theirs, [], Ct)).ShouldBe(SaveResult.Saved);
        mine.MoveTo(TestData.Quote, null, T0.AddHours(2));
        (await a.SaveAsync(mine, [], Ct)).ShouldBe(SaveResult.Conflict);

        (await InScopeAsync<FollowBotDbContext, int>(db => Task.FromResult(db.StageExits.Count()))).ShouldBe(0);
    }

    [Fact]
    public async Task Totals_stay_exact_for_amounts_finer_than_a_cent()
    {
        // Whole cents are summed natively; a finer amount sends the statement down the exact decimal path.
        var ws = await AddWorkspaceAsync();
        var ann = await AddMemberAsync(ws, "ann");
        await AddDealAsync(ws, "A", ann, d => d.SetValue(new Money(0.125m, "CNY"), T0));
        await AddDealAsync(ws, "B", ann, d => d.SetValue(new Money(1000000000.01m, "CNY"), T0));
        await AddDealAsync(ws, "C", ann, d => d.SetValue(new Money(0.1m, "USD"), T0));
        await AddDealAsync(ws, "D", ann, d => d.SetValue(new Money(0.2m, "USD"), T0));

        var figures = await InScopeAsync<IPipelineReport, PipelineFigures>(r =>
            r.SummarizeAsync(new PipelineQuery(ws.Id, null, T0, T0.AddDays(30), T0.AddDays(1)) { Live = true }, Ct));

        figures.Stages.Single().Totals.ShouldBe([new Money(1000000000.135m, "CNY"), new Money(0.3m, "USD")]);
    }
}
