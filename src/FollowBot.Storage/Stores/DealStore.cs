using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Storage.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FollowBot.Storage.Stores;

internal sealed partial class DealStore(FollowBotDbContext db, ILogger<DealStore> logger) : IDealStore
{
    public async Task<int> NextNumberAsync(WorkspaceId workspace, CancellationToken cancellationToken)
    {
        // One statement reads and advances the counter under the database's write lock, so concurrent creates
        // (other contexts, other processes) can't take the same number. RETURNING: SQLite ≥ 3.35 and PostgreSQL.
        var id = workspace.Value;
        var numbers = await db.Database
            .SqlQuery<int>($"""UPDATE "Workspaces" SET "LastDealNumber" = "LastDealNumber" + 1 WHERE "Id" = {id} RETURNING "LastDealNumber" AS "Value" """)
            .ToListAsync(cancellationToken);
        return numbers.Count == 1 ? numbers[0] : throw new InvalidOperationException($"Workspace {workspace} does not exist.");
    }

    public Task<Deal?> GetByNumberAsync(WorkspaceId workspace, int number, CancellationToken cancellationToken) =>
        db.Deals.FirstOrDefaultAsync(d => d.WorkspaceId == workspace && d.Number == number, cancellationToken);

    public async Task AddAsync(Deal deal, IReadOnlyList<TimelineEntry> timeline, CancellationToken cancellationToken)
    {
        db.Deals.Add(deal);
        Append(timeline);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<SaveResult> SaveAsync(Deal deal, IReadOnlyList<TimelineEntry> timeline, CancellationToken cancellationToken)
    {
        var entry = db.Entry(deal);
        if (entry.State == EntityState.Detached)
        {
            // Only a tracked deal still knows the version it was loaded with, which the conflict check needs.
            throw new InvalidOperationException($"Deal #{deal.Number} was not loaded through this store; load it first, then change and save it.");
        }

        Append(timeline);
        var exit = RecordStageExit(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveResult.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            // SaveChanges rolled its transaction back. Forget this attempt's entries and show the caller the winner's
            // deal, so a retry starts from what is stored and the context can be used again.
            foreach (var line in timeline)
            {
                db.Entry(line).State = EntityState.Detached;
            }

            if (exit is not null)
            {
                db.Entry(exit).State = EntityState.Detached;
            }

            await entry.ReloadAsync(cancellationToken);
            Log.SaveConflict(logger, deal.Number, deal.WorkspaceId.Value);
            return SaveResult.Conflict;
        }
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(WorkspaceId workspace, DealId deal, int limit, CancellationToken cancellationToken) =>
        await db.TimelineEntries.AsNoTracking()
            .Where(t => t.WorkspaceId == workspace && t.DealId == deal)
            .OrderByDescending(t => t.At)
            .ThenByDescending(t => EF.Property<int>(t, TimelineEntryConfiguration.Sequence))
            .Take(limit)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// A new <see cref="Deal.Stage"/> or <see cref="Deal.StageEnteredAt"/> (a stage re-entered later) means
    /// <see cref="Deal.MoveTo"/> ran, so the deal left the stage it was
    /// loaded in. Taking the exit from the loaded values here puts it in the same transaction as the move, with no
    /// handler able to forget it and nothing added to the domain (the on-time rate reads these rows).
    /// </summary>
    private StageExit? RecordStageExit(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Deal> entry)
    {
        entry.DetectChanges();
        if (!entry.Property(d => d.Stage).IsModified && !entry.Property(d => d.StageEnteredAt).IsModified)
        {
            return null;
        }

        var was = entry.OriginalValues;
        var deal = entry.Entity;
        var exit = new StageExit(
            deal.WorkspaceId,
            deal.Id,
            was.GetValue<string>(nameof(Deal.Stage)),
            deal.Stage,
            was.GetValue<MemberId>(nameof(Deal.OwnerId)),
            was.GetValue<MemberId>(nameof(Deal.StageOwnerId)),
            was.GetValue<DateTimeOffset>(nameof(Deal.StageEnteredAt)),
            was.GetValue<DateTimeOffset?>(nameof(Deal.StageDueAt)),
            deal.StageEnteredAt,
            deal.Value,
            deal.Currency);
        db.StageExits.Add(exit);
        return exit;
    }

    private void Append(IReadOnlyList<TimelineEntry> timeline)
    {
        for (var i = 0; i < timeline.Count; i++)
        {
            db.TimelineEntries.Add(timeline[i]).Property(TimelineEntryConfiguration.Sequence).CurrentValue = i;
        }
    }
}
