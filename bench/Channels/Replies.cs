using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace FollowBot.Bench.Channels;

/// <summary>
/// The replies the stub connector received: how many, when the last came, and for each the time from the moment wrk
/// sent the activity (the <c>t&lt;microseconds&gt;-…</c> prefix of its id) to the reply's arrival.
/// </summary>
internal sealed class Replies
{
    private readonly long[] _latencies = new long[4_000_000];
    private int _count;
    private long _lastTicks;

    public int Count => Volatile.Read(ref _count);

    public DateTimeOffset Last => new(Interlocked.Read(ref _lastTicks), TimeSpan.Zero);

    public IResult Record(string? replyTo)
    {
        var now = DateTimeOffset.UtcNow;
        var n = Interlocked.Increment(ref _count) - 1;
        if (n < _latencies.Length && replyTo is ['t', ..] && long.TryParse(replyTo.AsSpan(1, replyTo.IndexOf('-', StringComparison.Ordinal) - 1), CultureInfo.InvariantCulture, out var sentUs))
        {
            _latencies[n] = (now.ToUnixTimeMilliseconds() * 1000) + (now.Ticks % TimeSpan.TicksPerMillisecond / 10) - sentUs;
        }

        Interlocked.Exchange(ref _lastTicks, now.UtcTicks);
        return Results.Json(new { id = "bench-" + n });
    }

    public void Reset()
    {
        Array.Clear(_latencies);
        Interlocked.Exchange(ref _count, 0);
    }

    /// <summary>Percentile of the reply times in microseconds (only replies that carried a send time).</summary>
    public long Percentile(double p)
    {
        var timed = _latencies.AsSpan(0, Math.Min(Count, _latencies.Length)).ToArray().Where(l => l > 0).Order().ToArray();
        return timed.Length == 0 ? 0 : timed[Math.Min(timed.Length - 1, (int)Math.Ceiling(p / 100 * timed.Length) - 1)];
    }
}
