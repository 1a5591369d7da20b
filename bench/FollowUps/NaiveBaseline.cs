using FollowBot.Bench.Shared;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;
using FollowBot.Core.Persistence;
using FollowBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUps.Bench;

/// <summary>
/// The obvious way, for comparison: for each overdue deal, one at a time — insert its outbox row, load its owner and
/// conversation, publish, mark the row sent and write the timeline, each step its own query and commit. Same
/// guarantees (insert-first key, recorded message id), none of the batching.
/// </summary>
internal static class NaiveBaseline
{
    public static async Task<int> RunAsync(IServiceProvider services, BenchClock clock, CountingPublisher publisher, int limit)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<FollowBotDbContext>();
        var members = sp.GetRequiredService<IMemberStore>();
        var conversations = sp.GetRequiredService<IConversationStore>();
        var now = clock.Now;
        var due = await db.Deals.AsNoTracking().Where(d => d.Status == DealStatus.Open && d.StageDueAt <= now).OrderBy(d => d.StageDueAt).Take(limit).ToListAsync();
        foreach (var deal in due)
        {
            var row = new OutboxMessage
            {
                Key = OutboxMessage.KeyFor(deal.Id, deal.Stage, Rungs.Nudge, deal.StageDueAt!.Value),
                WorkspaceId = deal.WorkspaceId,
                DealId = deal.Id,
                Stage = deal.Stage,
                Rung = Rungs.Nudge,
                Deadline = deal.StageDueAt!.Value,
                DueAt = deal.StageDueAt!.Value,
                NotBefore = deal.StageDueAt!.Value,
                CreatedAt = now,
            };
            db.Add(row);
            await db.SaveChangesAsync();
            var owner = (await members.GetAsync(deal.WorkspaceId, deal.StageOwnerId, default))!;
            var conversation = (await conversations.ListAsync(deal.WorkspaceId, owner.Id, default))[0];
            var result = await publisher.PublishAsync(owner, new Reply($"#{deal.Number} {deal.Company} is overdue"), default);
            await db.Set<OutboxMessage>().Where(o => o.Key == row.Key)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Sent).SetProperty(o => o.MessageId, result.MessageId).SetProperty(o => o.Channel, conversation.Channel));
            db.TimelineEntries.Add(new TimelineEntry(deal, TimelineKind.Nudged, null, now, conversation.Channel) { Text = owner.DisplayName });
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return due.Count;
    }
}
