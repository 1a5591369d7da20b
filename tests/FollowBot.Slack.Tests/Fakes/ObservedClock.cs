using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Slack.Tests.Fakes;

/// <summary>
/// A fake clock that tells when code starts waiting on it, so a test can advance time exactly when the code under
/// test is waiting (advancing earlier would move "now" before the wait began).
/// </summary>
public sealed class ObservedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly SemaphoreSlim _waits = new(0);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _waits.Release();
        }

        return timer;
    }

    /// <summary>Returns once something has started a timed wait (real time limit: 15 s).</summary>
    public async Task WaitStartedAsync()
    {
        if (!await _waits.WaitAsync(TimeSpan.FromSeconds(15)))
        {
            throw new TimeoutException("Nothing started waiting on the clock.");
        }
    }
}
