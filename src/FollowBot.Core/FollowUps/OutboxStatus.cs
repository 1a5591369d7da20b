namespace FollowBot.Core.FollowUps;

public enum OutboxStatus
{
    /// <summary>Waiting for its time (or for the next try).</summary>
    Pending = 0,

    /// <summary>Handed to the channel; the channel's message id is recorded.</summary>
    Sent = 1,

    /// <summary>The deal moved on (stage, deadline or status changed) before it went out.</summary>
    Stopped = 2,

    /// <summary>Over the recipient's daily budget: folded into their next digest.</summary>
    Folded = 3,

    /// <summary>Nobody to send it to (no manager, no team channel).</summary>
    Skipped = 4,

    /// <summary>Failed for good after the retries, or the recipient can't be reached; logged as an error.</summary>
    GaveUp = 5,
}
