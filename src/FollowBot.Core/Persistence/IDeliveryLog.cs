namespace FollowBot.Core.Persistence;

/// <summary>
/// Inbound deliveries already handled (house rule 4), so channel adapters can drop retries without knowing the
/// database: insert-first on a unique key.
/// </summary>
public interface IDeliveryLog
{
    /// <summary>True the first time <paramref name="key"/> is seen; false for every retry or duplicate, from any process.</summary>
    Task<bool> TryRecordAsync(string key, CancellationToken cancellationToken);
}
