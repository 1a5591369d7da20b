using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Bench.Shared;

/// <summary>The channel of the benchmark: counts what it is handed and answers at once (no network).</summary>
internal sealed class CountingPublisher : IChatPublisher
{
    public const string ChannelName = "bench";

    private int _count;
    private long _lastAt;

    public int Count => Volatile.Read(ref _count);

    /// <summary>When the latest message was handed over, as a <see cref="System.Diagnostics.Stopwatch"/> timestamp.</summary>
    public long LastAt => Interlocked.Read(ref _lastAt);

    public string Channel => ChannelName;

    public Task<PublishResult> PublishAsync(Member recipient, Reply message, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _count);
        Interlocked.Exchange(ref _lastAt, System.Diagnostics.Stopwatch.GetTimestamp());
        return Task.FromResult(new PublishResult(true, n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
