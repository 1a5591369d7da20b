using FollowBot.Core.Persistence;
using FollowBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

internal sealed class BotTokenStore(FollowBotDbContext db) : IBotTokenStore
{
    public async Task<BotCredential?> FindAsync(string workspaceKey, CancellationToken cancellationToken) =>
        await db.BotCredentials.AsNoTracking()
            .Where(c => c.WorkspaceKey == workspaceKey)
            .Select(c => new BotCredential(c.WorkspaceKey, c.Token, c.BotUserId, c.BotId, c.UpdatedAt))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task SaveAsync(BotCredential credential, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(credential.WorkspaceKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(credential.Token);

        // Update first; insert when there was nothing to update, and let a concurrent insert win (same values).
        var updated = await db.BotCredentials
            .Where(c => c.WorkspaceKey == credential.WorkspaceKey)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Token, credential.Token)
                .SetProperty(c => c.BotUserId, credential.BotUserId)
                .SetProperty(c => c.BotId, credential.BotId)
                .SetProperty(c => c.UpdatedAt, credential.UpdatedAt), cancellationToken);
        if (updated > 0)
        {
            return;
        }

        var row = new BotCredentialRow
        {
            WorkspaceKey = credential.WorkspaceKey,
            Token = credential.Token,
            BotUserId = credential.BotUserId,
            BotId = credential.BotId,
            UpdatedAt = credential.UpdatedAt,
        };
        db.BotCredentials.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            // Another request stored it first.
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
