using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace FollowBot.Teams.Tests.Infrastructure;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells when code starts waiting on it (a timer with a due time), so a test
/// advances the clock exactly when something waits, instead of guessing with real delays.
/// </summary>
public sealed class SignallingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _waits.Writer.TryWrite(dueTime);
        }

        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>The next wait someone started (bounded by a real-time safety net), e.g. a retry's delay.</summary>
    public async Task<TimeSpan> NextWaitAsync() => await _waits.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20));

    /// <summary>True when nobody started waiting since the last look.</summary>
    public bool NoWaitPending => !_waits.Reader.TryPeek(out _);
}
