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
        db.LoggedMessages.Add(row);
        await db.SaveChangesAsync(cancellationToken);
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
