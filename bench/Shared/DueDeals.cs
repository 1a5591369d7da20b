using FollowBot.Core.Domain;
using FollowBot.Core.Options;
using FollowBot.Core.Persistence;
using FollowBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FollowBot.Bench.Shared;

/// <summary>
/// Issue 5's sweep workload, written through EF on any provider: open deals of one rep per 50 deals (each reachable
/// on the bench channel); every tenth deal falls due within the same minute (5 per rep, so every nudge fits the
/// default budget of 10 a day), the rest next month. Full size: 100,000 deals, 2,000 reps, 10,000 due.
/// </summary>
internal static class DueDeals
{
    public const int FullSize = 100_000;
    public static readonly DateTimeOffset Minute = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The instant a sweep must read to find every deadline of the minute passed.</summary>
    public static DateTimeOffset SweepAt => Minute.AddMinutes(1);

    public static int DueOf(int deals) => (deals + 9) / 10;

    /// <summary>Seeds a migrated, empty database; returns how many deals fall due in the minute.</summary>
    public static async Task<int> SeedAsync(IServiceProvider services, int deals)
    {
        var createdAt = Minute.AddDays(-1);
        var due = DueOf(deals);
        var reps = Math.Max(1, deals / 50);
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var workspace = await sp.GetRequiredService<IWorkspaceStore>().AddAsync(new Workspace("bench", "Bench", "CNY", "Asia/Shanghai", "en", createdAt), default);
        var db = sp.GetRequiredService<FollowBotDbContext>();
        var members = Enumerable.Range(0, reps).Select(i => new Member(workspace.Id, $"rep{i}", $"Rep {i}", "Asia/Shanghai", Role.Rep, createdAt)).ToList();
        db.Members.AddRange(members);
        await db.SaveChangesAsync();
        var conversations = sp.GetRequiredService<IConversationStore>();
        foreach (var member in members)
        {
            await conversations.SaveAsync(workspace.Id, member.Id, new FollowBot.Core.Conversations.ConversationRef(CountingPublisher.ChannelName, member.ExternalId), default);
        }

        var lead = sp.GetRequiredService<WorkspaceSettings>().Pipeline.First;
        for (var start = 0; start < deals; start += 10_000)
        {
            db.ChangeTracker.Clear();
            for (var n = start; n < Math.Min(deals, start + 10_000); n++)
            {
                // Every tenth deal is due inside the minute (spread over its 60 seconds), the others in a month.
                var dueAt = n % 10 == 0 ? Minute.AddMilliseconds(n / 10 * 60_000.0 / due) : Minute.AddDays(30).AddSeconds(n);
                var owner = n % 10 == 0 ? members[n / 10 % reps] : members[n % reps];
                db.Deals.Add(new Deal(workspace.Id, n + 1, $"Company {n + 1}", owner.Id, "CNY", lead, dueAt, createdAt));
            }

            await db.SaveChangesAsync();
        }

        db.ChangeTracker.Clear();
        var found = await db.Deals.CountAsync(d => d.StageDueAt < SweepAt);
        return found == due ? due : throw new InvalidOperationException($"Seeded {found} deals due in the minute, expected {due}.");
    }
}
