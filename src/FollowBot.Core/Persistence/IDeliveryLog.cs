namespace FollowBot.Core.Persistence;

/// <summary>
/// Inbound deliveries already handled, by dedupe key (house rule 4): a channel's event id, a button click on one
/// rendering of a message. Insert first on a unique key, so a retry from any process or after a restart is a no-op.
/// </summary>
public interface IDeliveryLog
{
    /// <summary>True the first time <paramref name="key"/> is seen; false for every later attempt.</summary>
    Task<bool> TryRecordAsync(string key, CancellationToken cancellationToken);
}
