using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;
using FollowBot.Core.Persistence;
using FollowBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

internal sealed class ConversationStore(FollowBotDbContext db, SavedConversations saved, TimeProvider time) : IConversationStore
{
    public async Task SaveAsync(WorkspaceId workspace, MemberId member, ConversationRef reference, CancellationToken cancellationToken)
    {
        // Unchanged since this instance wrote it: nothing to do (see SavedConversations).
        var now = time.GetUtcNow();
        if (saved.IsCurrent(workspace, member, reference, now))
        {
            return;
        }

        // Update first: the reference may change from message to message, the insert happens once per member and channel.
        var updated = await db.Conversations
            .Where(c => c.WorkspaceId == workspace && c.MemberId == member && c.Channel == reference.Channel)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Address, reference.Address).SetProperty(c => c.UpdatedAt, now), cancellationToken);
        if (updated > 0)
        {
            saved.Remember(workspace, member, reference, now);
            return;
        }

        var row = new ConversationRow { WorkspaceId = workspace, MemberId = member, Channel = reference.Channel, Address = reference.Address, UpdatedAt = now };
        db.Conversations.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            saved.Remember(workspace, member, reference, now);
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            // Another request inserted it first; theirs is as fresh as ours.
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }

    public async Task<ConversationRef?> FindAsync(WorkspaceId workspace, MemberId member, string channel, CancellationToken cancellationToken) =>
        await db.Conversations.AsNoTracking()
            .Where(c => c.WorkspaceId == workspace && c.MemberId == member && c.Channel == channel)
            .Select(c => new ConversationRef(c.Channel, c.Address))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ConversationRef>> ListAsync(WorkspaceId workspace, MemberId member, CancellationToken cancellationToken) =>
        await db.Conversations.AsNoTracking()
            .Where(c => c.WorkspaceId == workspace && c.MemberId == member)
            .OrderByDescending(c => c.UpdatedAt)
            .Select(c => new ConversationRef(c.Channel, c.Address))
            .ToListAsync(cancellationToken);
}
