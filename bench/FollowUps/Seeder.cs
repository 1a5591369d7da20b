using FollowBot.Core.Domain;
using FollowBot.Core.Options;
using FollowBot.Core.Persistence;
using FollowBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUps.Bench;

/// <summary>
/// 100,000 open deals of 2,000 reps (each reachable on the bench channel); 10,000 of them (5 per rep, so every nudge
/// fits the default budget of 10 a day) fall due within the same minute, the rest next month.
/// </summary>
internal static class Seeder
{
    public const int Reps = 2000;
    public const int Deals = 100_000;
    public const int DueDeals = 10_000;
    public static readonly DateTimeOffset Minute = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    public static async Task SeedAsync(string path)
    {
        var clock = new BenchClock(Minute.AddDays(-1));
        await using var services = BenchServices.Build(path, clock, new CountingPublisher());
        await services.MigrateFollowBotDatabaseAsync(default);
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var workspace = await sp.GetRequiredService<IWorkspaceStore>().AddAsync(new Workspace("bench", "Bench", "CNY", "Asia/Shanghai", "en", clock.Now), default);
        var db = sp.GetRequiredService<FollowBotDbContext>();
        var members = Enumerable.Range(0, Reps).Select(i => new Member(workspace.Id, $"rep{i}", $"Rep {i}", "Asia/Shanghai", Role.Rep, clock.Now)).ToList();
        db.Members.AddRange(members);
        await db.SaveChangesAsync();
        var conversations = sp.GetRequiredService<IConversationStore>();
        foreach (var member in members)
        {
            await conversations.SaveAsync(workspace.Id, member.Id, new FollowBot.Core.Conversations.ConversationRef("bench", member.ExternalId), default);
        }

        var lead = sp.GetRequiredService<WorkspaceSettings>().Pipeline.First;
        for (var start = 0; start < Deals; start += 10_000)
        {
            db.ChangeTracker.Clear();
            for (var n = start; n < start + 10_000; n++)
            {
                // Every tenth deal is due inside the minute (spread over its 60 seconds), the others in a month.
                var due = n % 10 == 0 ? Minute.AddMilliseconds(n / 10 * 6) : Minute.AddDays(30).AddSeconds(n);
                var owner = n % 10 == 0 ? members[n / 10 % Reps] : members[n % Reps];
                db.Deals.Add(new Deal(workspace.Id, n + 1, $"Company {n + 1}", owner.Id, "CNY", lead, due, clock.Now));
            }

            await db.SaveChangesAsync();
        }

        // Fold the write-ahead log into the file, so copies of the file alone are complete databases.
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        Console.WriteLine($"seeded {await db.Deals.CountAsync()} deals ({await db.Deals.CountAsync(d => d.StageDueAt < Minute.AddMinutes(1))} due in the minute), {Reps} reps");
    }
}
