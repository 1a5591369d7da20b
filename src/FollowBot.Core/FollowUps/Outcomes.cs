namespace FollowBot.Core.FollowUps;

/// <summary>The outcome records the dispatcher writes back, one factory per way a row can end (or wait).</summary>
internal static class Outcomes
{
    public static OutboxOutcome Settle(OutboxMessage row, OutboxStatus status, DateTimeOffset now, string? why = null) =>
        new(row.Key, status) { Attempts = row.Attempts, Error = why, SettledAt = now };

    /// <summary>Back to pending without an attempt: quiet hours.</summary>
    public static OutboxOutcome Wait(OutboxMessage row, DateTimeOffset until) =>
        new(row.Key, OutboxStatus.Pending) { Attempts = row.Attempts, NotBefore = until };

    /// <summary>A transient failure: try again after a backoff that doubles each time (at most an hour).</summary>
    public static OutboxOutcome Retry(OutboxMessage row, int attempts, DateTimeOffset now, TimeSpan backoff, string error)
    {
        var wait = TimeSpan.FromTicks(Math.Min(TimeSpan.FromHours(1).Ticks, backoff.Ticks * (1L << Math.Min(20, attempts - 1))));
        return new(row.Key, OutboxStatus.Pending) { Attempts = attempts, NotBefore = now + wait, Error = error };
    }
}
