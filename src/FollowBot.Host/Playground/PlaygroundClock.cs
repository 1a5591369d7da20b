namespace FollowBot.Host.Playground;

/// <summary>
/// FollowBot's clock in the Playground: the real clock plus an offset a newcomer moves forward
/// (<c>POST /api/playground/clock</c>) to watch a deadline pass and the ladder climb without waiting. Development only.
/// </summary>
public sealed class PlaygroundClock(TimeProvider inner) : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    /// <summary>Only forward: deadlines, claims and keys assume time does not run backwards.</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }
}
