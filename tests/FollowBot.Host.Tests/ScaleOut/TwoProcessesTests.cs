using System.Globalization;
using System.Text.RegularExpressions;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Host.Tests.ScaleOut;

/// <summary>
/// Two FollowBot processes on one database, as behind a load balancer without sticky sessions: requests are spread
/// over both and every rule that must hold once holds once, enforced by the database (issue 8, "Done when").
/// </summary>
public abstract partial class TwoProcessesTests(TestProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : TwoProcessesTests(TestProvider.Sqlite);

    public sealed class OnPostgres() : TwoProcessesTests(TestProvider.Postgres);

    [Fact]
    public async Task Two_hundred_concurrent_leads_through_two_processes_get_two_hundred_distinct_numbers()
    {
        var (a, b) = await StartTwoAsync();
        await using var _ = a;
        await using var __ = b;

        // No warm-up: the workspace and its ten members are created by whichever process gets there first.
        var replies = await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(i => (i % 2 == 0 ? a : b).SayAsync($"rep{i % 10}", $"lead \"Company {i}\"", Ct)));

        var numbers = replies.Select(DealNumber).ToList();
        numbers.Order().ShouldBe(Enumerable.Range(1, 200), string.Join("\n", replies.Where(r => DealNumber(r) == 0).Take(3)));
        var stored = await StoredDealsAsync();
        stored.Select(d => d.Number).Order().ShouldBe(Enumerable.Range(1, 200));
        stored.Select(d => d.Company).Distinct().Count().ShouldBe(200);
    }

    [Fact]
    public async Task Concurrent_updates_of_one_deal_from_both_processes_lose_no_update()
    {
        var (a, b) = await StartTwoAsync();
        await using var _ = a;
        await using var __ = b;
        (await a.SayAsync("alice", "lead Acme value=1", Ct)).ShouldContain("#1");
        var before = (await StoredDealsAsync()).Single();

        var values = Enumerable.Range(2, 40).ToList();
        var replies = await Task.WhenAll(values.Select(value => (value % 2 == 0 ? a : b).SayAsync("alice", $"update 1 value={value}", Ct)));

        // Each update either went through or was refused with the retry message; none was silently overwritten:
        // the deal changed exactly once per accepted update, and it holds the value of one that was accepted.
        var accepted = values.Where((_, i) => replies[i].StartsWith("Updated #1", StringComparison.Ordinal)).ToList();
        var refused = replies.Count(r => r.Contains("Someone else changed deal #1", StringComparison.Ordinal));
        (accepted.Count + refused).ShouldBe(40, string.Join("\n", replies));
        accepted.ShouldNotBeEmpty();
        var after = (await StoredDealsAsync()).Single();
        (after.Version - before.Version).ShouldBe(accepted.Count);
        (await TimelineAsync(after)).Count(e => e.Kind == TimelineKind.FieldChanged).ShouldBe(accepted.Count);
        accepted.ShouldContain((int)after.Amount!.Value);
        TestContext.Current.SendDiagnosticMessage($"{Provider}: {accepted.Count} updates accepted, {refused} refused with the retry message");
    }

    [Fact]
    public async Task Migrate_only_brings_an_empty_database_up_to_date_and_exits()
    {
        var (exitCode, output) = await FollowBotProcess.RunAsync(Database, "deploy", ["--migrate-only"], Ct);

        exitCode.ShouldBe(0, output);
        output.ShouldNotContain("Now listening", Case.Sensitive);
        await using var inspector = new FollowBotApp(Database);
        await using var scope = inspector.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FollowBot.Storage.FollowBotDbContext>();
        (await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(db.Database, Ct)).ShouldBeEmpty();
    }

    private async Task<(FollowBotProcess A, FollowBotProcess B)> StartTwoAsync(IReadOnlyDictionary<string, string>? settings = null, string? logDirectory = null)
    {
        // Both start at once on an empty database, so both migrate at once too (EF's migration lock).
        var a = FollowBotProcess.StartAsync(Database, "a", Ct, settings, logDirectory);
        var b = FollowBotProcess.StartAsync(Database, "b", Ct, settings, logDirectory);
        try
        {
            return (await a, await b);
        }
        catch
        {
            await Task.WhenAll(a, b).ContinueWith(_ => { }, TaskScheduler.Default);
            foreach (var started in new[] { a, b }.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }
    }

    private async Task<IReadOnlyList<Deal>> StoredDealsAsync()
    {
        await using var inspector = new FollowBotApp(Database);
        await using var scope = inspector.Services.CreateAsyncScope();
        var workspace = await scope.ServiceProvider.GetRequiredService<IWorkspaceStore>().FindByKeyAsync("playground", Ct);
        return await scope.ServiceProvider.GetRequiredService<IDealStore>().QueryAsync(new DealQuery(workspace!.Id) { Limit = 1000 }, Ct);
    }

    private async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Deal deal)
    {
        await using var inspector = new FollowBotApp(Database);
        await using var scope = inspector.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDealStore>().TimelineAsync(deal.WorkspaceId, deal.Id, 1000, Ct);
    }

    private static int DealNumber(string reply) =>
        LeadCreated().Match(reply) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^Created lead #(\d+) ")]
    private static partial Regex LeadCreated();
}
