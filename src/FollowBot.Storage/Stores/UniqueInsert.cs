using Microsoft.EntityFrameworkCore;

namespace FollowBot.Storage.Stores;

internal static class UniqueInsert
{
    /// <summary>
    /// Saves a newly added entity; false when a unique index refused it because another request inserted the same
    /// row first. The refused entity is detached so the context stays usable for the caller's next step.
    /// </summary>
    public static async Task<bool> TrySaveNewAsync(this FollowBotDbContext db, object entity, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            db.Entry(entity).State = EntityState.Detached;
            return false;
        }
    }
}
