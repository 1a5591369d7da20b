namespace FollowBot.Core.FollowUps;

/// <summary>What one sweep did; thread-safe counters, logged after each sweep and handed to observers.</summary>
public sealed class SweepTally
{
    private int _planned, _sent, _deferred, _folded, _stopped, _skipped, _retried, _gaveUp, _unreachable;

    public DateTimeOffset Now { get; init; }

    public int Planned => _planned;
    public int Sent => _sent;
    public int Deferred => _deferred;
    public int Folded => _folded;
    public int Stopped => _stopped;
    public int Skipped => _skipped;
    public int Retried => _retried;
    public int GaveUp => _gaveUp;

    /// <summary>Members with no conversation on any channel (a subset of <see cref="GaveUp"/>).</summary>
    public int Unreachable => _unreachable;

    public void AddPlanned(int n) => Interlocked.Add(ref _planned, n);

    public void Count(OutboxStatus status, bool retry = false)
    {
        _ = status switch
        {
            OutboxStatus.Sent => Interlocked.Increment(ref _sent),
            OutboxStatus.Folded => Interlocked.Increment(ref _folded),
            OutboxStatus.Stopped => Interlocked.Increment(ref _stopped),
            OutboxStatus.Skipped => Interlocked.Increment(ref _skipped),
            OutboxStatus.GaveUp => Interlocked.Increment(ref _gaveUp),
            _ => retry ? Interlocked.Increment(ref _retried) : Interlocked.Increment(ref _deferred),
        };
    }

    public void CountUnreachable() => Interlocked.Increment(ref _unreachable);

    public override string ToString() =>
        $"planned {Planned}, sent {Sent}, deferred {Deferred}, folded {Folded}, stopped {Stopped}, skipped {Skipped}, retried {Retried}, gave up {GaveUp} ({Unreachable} unreachable)";
}
