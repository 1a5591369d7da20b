using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
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
