using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace FollowBot.Bench.Channels;

/// <summary>
/// The replies the stub connector received: to how many activities (FollowBot answers <c>mine</c> with two
/// activities, a line and a card; the echo bot with one), when the last came, and for each activity the time from the
/// moment wrk sent it (the <c>t&lt;microseconds&gt;-…</c> prefix of its id) to its first reply.
/// </summary>
internal sealed class Replies
{
    private readonly long[] _latencies = new long[4_000_000];
    private int _count;
    private long _lastTicks;
    private long _sinceUs;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _answered = new(StringComparer.Ordinal);

    /// <summary>Activities answered (at least one reply) since the last <see cref="Reset"/>.</summary>
    public int Count => Volatile.Read(ref _count);

    public DateTimeOffset Last => new(Interlocked.Read(ref _lastTicks), TimeSpan.Zero);

    public IResult Record(string? replyTo)
    {
        var now = DateTimeOffset.UtcNow;
        Interlocked.Exchange(ref _lastTicks, now.UtcTicks);
        if (replyTo is not null && !_answered.TryAdd(replyTo, 0))
        {
            return Results.Json(new { id = "bench-again" }); // a second activity answering the same message
        }

        var n = Interlocked.Increment(ref _count) - 1;
        if (n < _latencies.Length && replyTo is ['t', ..] && long.TryParse(replyTo.AsSpan(1, replyTo.IndexOf('-', StringComparison.Ordinal) - 1), CultureInfo.InvariantCulture, out var sentUs)
            && sentUs >= Interlocked.Read(ref _sinceUs))
        {
            _latencies[n] = (now.ToUnixTimeMilliseconds() * 1000) + (now.Ticks % TimeSpan.TicksPerMillisecond / 10) - sentUs;
        }

        return Results.Json(new { id = "bench-" + n });
    }

    /// <summary>Starts counting afresh; only activities sent from now on are timed (a late reply to earlier load is counted, not timed).</summary>
    public void Reset()
    {
        Array.Clear(_latencies);
        Interlocked.Exchange(ref _count, 0);
        _answered.Clear();
        Interlocked.Exchange(ref _sinceUs, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000);
    }

    /// <summary>Percentiles of the reply times in microseconds (only replies that carried a send time), sorted once.</summary>
    public long[] Percentiles(params double[] ps)
    {
        var timed = _latencies.AsSpan(0, Math.Min(Count, _latencies.Length)).ToArray().Where(l => l > 0).Order().ToArray();
        return [.. ps.Select(p => timed.Length == 0 ? 0 : timed[Math.Min(timed.Length - 1, (int)Math.Ceiling(p / 100 * timed.Length) - 1)])];
    }
}
