using FollowBot.Core.Domain;
using FollowBot.Core.FollowUps;
using FollowBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

internal sealed partial class FollowUpOutbox
{
    public async Task<int> CompleteAsync(string claimant, IReadOnlyList<OutboxOutcome> outcomes, IReadOnlyList<TimelineEntry> timeline, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
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

        // The renewal: rows this claim still holds are the rest of its batch; one another host took over after the
        // lease ran out has another holder now and is not counted, which tells the caller to stop.
        var held = await Rows.Where(r => r.ClaimedBy == claimant && r.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedUntil, leaseUntil), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return held;
    }

    public async Task<IReadOnlyDictionary<(MemberId Member, DateOnly Day), int>> ReserveBudgetsAsync(
        IReadOnlyList<(MemberId Member, DateOnly Day, int Wanted)> requests, int max, CancellationToken cancellationToken)
    {
        var budgets = db.Set<NudgeBudget>();
        var granted = new Dictionary<(MemberId, DateOnly), int>();

        // One transaction for the whole batch (one commit, not one per person). Each update is still a
        // compare-and-set on what was read, so a host that changed a count meanwhile makes it take nothing
        // rather than too much; that member's nudges then fold, which errs on the quiet side.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // On PostgreSQL two hosts' batches would otherwise interleave: each read-then-update loses to the other's
        // commit (those nudges fold though budget is left) or, locking shared members' rows in different orders,
        // deadlock. One short lock per batch makes the read see the last batch's counts (SQLite serializes anyway).
        await db.SerializeWritersAsync("nudge-budgets", cancellationToken);
        var members = requests.Select(r => r.Member).Distinct().ToList();
        var days = requests.Select(r => r.Day).Distinct().ToList();
        var used = await budgets.AsNoTracking().Where(b => members.Contains(b.MemberId) && days.Contains(b.Day))
            .ToDictionaryAsync(b => (b.MemberId, b.Day), b => b.Used, cancellationToken);
        var added = new List<NudgeBudget>();
        foreach (var (member, day, wanted) in requests)
        {
            var seen = used.TryGetValue((member, day), out var u) ? u : (int?)null;
            var grant = Math.Max(0, Math.Min(wanted, max - (seen ?? 0)));
            if (grant == 0)
            {
                granted[(member, day)] = 0;
            }
            else if (seen is null)
            {
                added.Add(new NudgeBudget { MemberId = member, Day = day, Used = grant });
                granted[(member, day)] = grant;
            }
            else
            {
                var ok = await budgets.Where(b => b.MemberId == member && b.Day == day && b.Used == seen.Value)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.Used, seen.Value + grant), cancellationToken) == 1;
                granted[(member, day)] = ok ? grant : 0;
            }
        }

        budgets.AddRange(added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            // Another host counted one of these members first: this batch takes nothing for the new ones.
            foreach (var row in added)
            {
                granted[(row.MemberId, row.Day)] = 0;
                db.Entry(row).State = EntityState.Detached;
            }

            added.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var row in added)
        {
            db.Entry(row).State = EntityState.Detached;
        }

        return granted;
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
