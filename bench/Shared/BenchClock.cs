namespace FollowBot.Bench.Shared;

/// <summary>
/// A clock the benchmark sets: the seeded deals are relative to it, and the sweep must see the minute in which the
/// 10,000 deadlines fall as passed.
/// </summary>
internal sealed class BenchClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
