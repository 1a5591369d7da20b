using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

internal sealed class MessageLog(FollowBotDbContext db) : IMessageLog
{
    public async Task<long> AppendAsync(LoggedMessage message, CancellationToken cancellationToken)
    {
        // A copy with no id: the database numbers messages, whatever the caller put there.
        var row = message with { Id = 0 };

        // Readers page with "id > cursor", which is only safe if ids become visible in order. PostgreSQL draws an id
        // at INSERT but shows the row at COMMIT, so two writers could commit 11 before 10 and a reader that already
        // moved past 11 would never see 10. Writers of one workspace therefore take turns until they commit.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            await db.SerializeWritersAsync($"messages:{message.Workspace.Value}", cancellationToken);
            db.LoggedMessages.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }

        db.Entry(row).State = EntityState.Detached;
        return row.Id;
    }

    public async Task<long?> AppendOnceAsync(string deliveryKey, LoggedMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryKey);

        // Insert first (house rule 4): the key decides, and the message is appended (AppendAsync, taking turns) only
        // in the transaction that stored its key. Its own transaction: a refused key aborts it on PostgreSQL.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var delivery = new Delivery { Key = deliveryKey, At = message.At };
        db.Deliveries.Add(delivery);
        if (!await db.TrySaveNewAsync(delivery, cancellationToken))
        {
            return null;
        }

        db.Entry(delivery).State = EntityState.Detached;
        var id = await AppendAsync(message, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task<IReadOnlyList<LoggedMessage>> ListAsync(WorkspaceId workspace, MemberId member, long afterId, int limit, CancellationToken cancellationToken) =>
        await db.LoggedMessages.AsNoTracking()
            .Where(m => m.Workspace == workspace && m.Member == member && m.Id > afterId)
            .OrderBy(m => m.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<LoggedMessage>> ListWorkspaceAsync(WorkspaceId workspace, long afterId, int limit, CancellationToken cancellationToken) =>
        await db.LoggedMessages.AsNoTracking()
            .Where(m => m.Workspace == workspace && m.Id > afterId)
            .OrderBy(m => m.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
}
