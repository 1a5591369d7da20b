using FollowBot.Bench.Shared;
using FollowBot.Core.Commands;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Options;
using FollowBot.Core.Persistence;
using FollowBot.Storage;
using FollowBot.Storage.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Bench.Lists;

/// <summary>
/// A fresh SQLite file in the temp folder: workspace "bench", an admin, and reps A and B with 1,000 open deals each.
/// Each member's deadlines take three values, two of them passed, so every page is decided among ties (by number).
/// </summary>
internal sealed class ListDatabase : IAsyncDisposable
{
    public const string A = "rep-a";
    public const int DealsEach = 1_000;
    private static readonly DateTimeOffset Now = new(2026, 12, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan[] Deadlines = [TimeSpan.FromDays(-2), TimeSpan.FromDays(-1), TimeSpan.FromDays(1)];

    private readonly string _path;
    private readonly ServiceProvider _provider;

    private ListDatabase(string path, ServiceProvider provider)
    {
        (_path, _provider) = (path, provider);
    }

    /// <summary>A's open deals, a page of 25: <c>mine</c>.</summary>
    public DealQuery Mine { get; private set; } = null!;

    /// <summary>A's open deals past their deadline, a page of 25: the digest's and the overdue list's shape.</summary>
    public DealQuery Overdue => Mine with { DueBefore = Now };

    public static async Task<ListDatabase> CreateAsync()
    {
        // One file per process: BenchmarkDotNet runs each benchmark in a process of its own.
        var path = Path.Combine(Path.GetTempPath(), $"followbot-bench-lists-{Environment.ProcessId}.db");
        Delete(path);
        var provider = CoreOnSqlite.Build($"Data Source={path}", new BenchClock(Now));
        await provider.MigrateFollowBotDatabaseAsync(default);
        var database = new ListDatabase(path, provider);

        // The members as the channels make them: the first to speak is the admin, A and B are reps.
        foreach (var person in new[] { "admin", A, "rep-b" })
        {
            await database.CommandAsync(person, "help");
        }

        database.Mine = await SeedAsync(provider);
        return database;
    }

    /// <summary>One page in a scope of its own, as a command gets it: the compiled path, or the one translated at each call.</summary>
    public async Task<IReadOnlyList<Deal>> PageAsync(DealQuery query, bool compiled)
    {
        await using var scope = _provider.CreateAsyncScope();
        var store = (DealStore)scope.ServiceProvider.GetRequiredService<IDealStore>();
        return compiled ? await store.QueryAsync(query, default) : await store.QueryAnyAsync(query, default);
    }

    /// <summary>A whole command, from the envelope to the card, as the channels run it.</summary>
    public async Task<int> CommandAsync(string user, string text)
    {
        await using var scope = _provider.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CommandEngine>()
            .HandleAsync(new CommandEnvelope(new WorkspaceRef("bench"), new ActorRef(user), "bench", text), default);
        return outcome.IsError ? throw new InvalidOperationException($"{text}: {outcome.Replies[0].Text}") : outcome.Replies.Count;
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Delete(_path);
    }

    /// <summary>The deals, in one SaveChanges (one transaction, batched inserts), and the workspace's counter past them.</summary>
    private static async Task<DealQuery> SeedAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var workspace = (await sp.GetRequiredService<IWorkspaceStore>().FindByKeyAsync("bench", default))!;
        var members = sp.GetRequiredService<IMemberStore>();
        var a = (await members.FindByExternalIdAsync(workspace.Id, A, default))!;
        var b = (await members.FindByExternalIdAsync(workspace.Id, "rep-b", default))!;
        var first = sp.GetRequiredService<WorkspaceSettings>().Pipeline.First;
        var db = sp.GetRequiredService<FollowBotDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var n = 1; n <= 2 * DealsEach; n++)
        {
            var owner = n <= DealsEach ? a : b;
            db.Deals.Add(new Deal(workspace.Id, n, $"Company {n}", owner.Id, "CNY", first, Now + Deadlines[n % Deadlines.Length], Now.AddDays(-3)));
        }

        await db.SaveChangesAsync();
        var id = workspace.Id.Value;
        await db.Database.ExecuteSqlAsync($"""UPDATE "Workspaces" SET "LastDealNumber" = {2 * DealsEach} WHERE "Id" = {id}""");
        return new DealQuery(workspace.Id) { HeldBy = [a.Id], Limit = 25 };
    }

    private static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
