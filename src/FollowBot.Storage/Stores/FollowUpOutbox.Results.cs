using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;
using FollowBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

internal sealed partial class FollowUpOutbox
{
    public async Task CompleteAsync(string claimant, IReadOnlyList<OutboxOutcome> outcomes, IReadOnlyList<TimelineEntry> timeline, CancellationToken cancellationToken)
    {
        if (outcomes.Count == 0 && timeline.Count == 0)
        {
            return;
        }

        // One transaction per group: a crash records all of a group or none of it (then it is sent again).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var o in outcomes)
        {
            var pending = o.Status == OutboxStatus.Pending;
            await Rows.Where(r => r.Key == o.Key && r.ClaimedBy == claimant).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, o.Status)
                    .SetProperty(r => r.Attempts, o.Attempts)
                    .SetProperty(r => r.LastError, r => o.Error ?? r.LastError)
                    .SetProperty(r => r.NotBefore, r => o.NotBefore ?? r.NotBefore)
                    .SetProperty(r => r.RecipientId, r => o.RecipientId ?? r.RecipientId)
                    .SetProperty(r => r.SettledAt, o.SettledAt)
                    .SetProperty(r => r.Channel, r => o.Channel ?? r.Channel)
                    .SetProperty(r => r.MessageId, r => o.MessageId ?? r.MessageId)
                    // A row put back is free for whichever host comes next; a settled one keeps who settled it.
                    .SetProperty(r => r.ClaimedBy, r => pending ? null : r.ClaimedBy)
                    .SetProperty(r => r.ClaimedUntil, r => pending ? null : r.ClaimedUntil),
                cancellationToken);
        }

        if (timeline.Count > 0)
        {
            db.TimelineEntries.AddRange(timeline);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var entry in timeline)
            {
                db.Entry(entry).State = EntityState.Detached;
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> ReserveBudgetAsync(MemberId member, DateOnly day, int wanted, int max, CancellationToken cancellationToken)
    {
        var budgets = db.Set<NudgeBudget>();

        // Compare-and-set: read what is used, take what is left with an UPDATE that only applies if nobody else took
        // any meanwhile; another host's sweep makes us read again. Exact across hosts without holding a lock.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var used = await budgets.AsNoTracking().Where(b => b.MemberId == member && b.Day == day).Select(b => (int?)b.Used).FirstOrDefaultAsync(cancellationToken);
            var grant = Math.Max(0, Math.Min(wanted, max - (used ?? 0)));
            if (grant == 0)
            {
                return 0;
            }

            if (used is null)
            {
                var row = new NudgeBudget { MemberId = member, Day = day, Used = grant };
                budgets.Add(row);
                var inserted = await db.TrySaveNewAsync(row, cancellationToken);
                db.Entry(row).State = EntityState.Detached;
                if (inserted)
                {
                    return grant;
                }

                continue;
            }

            var seen = used.Value;
            if (await budgets.Where(b => b.MemberId == member && b.Day == day && b.Used == seen)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.Used, seen + grant), cancellationToken) == 1)
            {
                return grant;
            }
        }

        return 0;
    }

    public async Task<IReadOnlyList<OutboxMessage>> SettledAsync(WorkspaceId workspace, OutboxStatus status, DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        await Rows.AsNoTracking()
            .Where(o => o.WorkspaceId == workspace && o.Status == status && o.SettledAt >= since)
            .OrderBy(o => o.SettledAt).Take(limit)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<OutboxMessage>> FoldedForAsync(MemberId member, DateTimeOffset since, CancellationToken cancellationToken) =>
        await Rows.AsNoTracking()
            .Where(o => o.RecipientId == member && o.Status == OutboxStatus.Folded && o.SettledAt >= since)
            .ToListAsync(cancellationToken);

    public Task<OutboxMessage?> FindAsync(string key, CancellationToken cancellationToken) =>
        Rows.AsNoTracking().FirstOrDefaultAsync(o => o.Key == key, cancellationToken);
}
