using FollowBot.Core.Persistence;
using FollowBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FollowBot.Storage;

/// <summary>
/// Remembers inbound deliveries by their dedupe key (house rule 4): Slack <c>event_id</c>, Teams conversation id +
/// activity id, and so on. Insert first: a unique violation means another attempt already handled it.
/// </summary>
public sealed class DeliveryLog(IDbContextFactory<FollowBotDbContext> contexts, TimeProvider time, ILogger<DeliveryLog> logger) : IDeliveryLog
{
    /// <summary>True the first time a key is seen; false for every retry or duplicate, from any process.</summary>
    public async Task<bool> TryRecordAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);

        // A context of its own, so recording a delivery never saves half-done work of the request's scoped context.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Deliveries.Add(new Delivery { Key = key, At = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            Log.DuplicateDelivery(logger, key);
            return false;
        }
    }
}
