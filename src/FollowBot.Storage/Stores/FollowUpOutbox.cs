using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;
using FollowBot.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

internal sealed partial class FollowUpOutbox(FollowBotDbContext db) : IFollowUpOutbox
{
    private DbSet<OutboxMessage> Rows => db.Set<OutboxMessage>();

    public async Task<IReadOnlyList<DueDeal>> FindUnplannedAsync(DateTimeOffset now, int snoozeLimit, int limit, CancellationToken cancellationToken)
    {
        // Three index-friendly queries rather than one OR, which would scan every open deal on each sweep.
        var open = db.Deals.AsNoTracking().Where(d => d.Status == DealStatus.Open);
        var overdue = await open
            .Where(d => d.StageDueAt != null && d.StageDueAt <= now
                && !Rows.Any(o => o.DealId == d.Id && o.Stage == d.Stage && o.Rung == Rungs.Nudge && o.Deadline == d.StageDueAt))
            .OrderBy(d => d.StageDueAt).Take(limit).Select(d => new DueDeal(d.Id, d.WorkspaceId, d.Stage, d.StageDueAt, d.NextFollowUpAt, d.SnoozeCount))
            .ToListAsync(cancellationToken);
        var reminders = await open
            .Where(d => d.NextFollowUpAt != null && d.NextFollowUpAt <= now
                && !Rows.Any(o => o.DealId == d.Id && o.Stage == "" && o.Rung == Rungs.Reminder && o.Deadline == d.NextFollowUpAt))
            .OrderBy(d => d.NextFollowUpAt).Take(limit).Select(d => new DueDeal(d.Id, d.WorkspaceId, d.Stage, d.StageDueAt, d.NextFollowUpAt, d.SnoozeCount))
            .ToListAsync(cancellationToken);
        var snoozed = await open
            .Where(d => d.SnoozeCount > snoozeLimit && d.StageDueAt != null
                && !Rows.Any(o => o.DealId == d.Id && o.Stage == d.Stage && o.Rung == Rungs.Snoozes && o.Deadline == d.StageDueAt))
            .Take(limit).Select(d => new DueDeal(d.Id, d.WorkspaceId, d.Stage, d.StageDueAt, d.NextFollowUpAt, d.SnoozeCount))
            .ToListAsync(cancellationToken);
        return [.. overdue.Concat(reminders).Concat(snoozed).DistinctBy(d => d.Id).Take(limit)];
    }

    public async Task<int> AddAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        // Insert first (house rule 4): skip keys already stored, then insert the rest in one transaction. If another
        // host inserts some of them in between, the unique index refuses the batch. That host was planning the same
        // page and has committed it by the time the refusal comes (the insert waited for its lock), so one more look
        // leaves out what it stored; only if that is refused too is each row tried alone. (Going row by row at once
        // cost a refused insert per row: two hosts starting on 10,000 due deals sent their first nudge after 12.5 s
        // rather than 2.5 s.)
        var fresh = messages.DistinctBy(m => m.Key).ToList();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var stored = await StoredKeysAsync(fresh, cancellationToken);
            fresh = [.. fresh.Where(m => !stored.Contains(m.Key))];
            if (fresh.Count == 0)
            {
                return 0;
            }

            Rows.AddRange(fresh);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return fresh.Count;
            }
            catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
            {
                Detach(fresh);
            }
        }

        var added = 0;
        foreach (var message in fresh)
        {
            Rows.Add(message);
            added += await db.TrySaveNewAsync(message, cancellationToken) ? 1 : 0;
            db.Entry(message).State = EntityState.Detached;
        }

        return added;
    }

    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string claimant, DateTimeOffset dueBy, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        // One conditional UPDATE, so of several hosts running it at once each row goes to exactly one (a row is
        // claimable while nobody holds it or its holder's lease has ended). SQLite's write lock makes it atomic. On
        // PostgreSQL the UPDATE picks its rows in a LIMIT subquery that a waiting host would not re-check after the
        // first host commits (READ COMMITTED re-checks only the outer row), so claims take turns under a
        // transaction-scoped lock: each claim's statement then starts after the previous claim committed.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SerializeWritersAsync("outbox-claims", cancellationToken);
        var claimed = await Rows
            .Where(o => o.Status == OutboxStatus.Pending && o.NotBefore <= dueBy && (o.ClaimedBy == null || o.ClaimedUntil < now))
            .OrderBy(o => o.NotBefore).ThenBy(o => o.Key)
            .Take(limit)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ClaimedBy, claimant).SetProperty(o => o.ClaimedUntil, leaseUntil), cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return claimed == 0 ? [] : await Rows.AsNoTracking().Where(o => o.ClaimedBy == claimant).OrderBy(o => o.NotBefore).ToListAsync(cancellationToken);
    }

    private async Task<HashSet<string>> StoredKeysAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in messages.Select(m => m.Key).Chunk(500))
        {
            var list = chunk.ToList();
            stored.UnionWith(await Rows.AsNoTracking().Where(o => list.Contains(o.Key)).Select(o => o.Key).ToListAsync(cancellationToken));
        }

        return stored;
    }

    private void Detach(IEnumerable<OutboxMessage> messages)
    {
        foreach (var message in messages)
        {
            db.Entry(message).State = EntityState.Detached;
        }
    }
}
