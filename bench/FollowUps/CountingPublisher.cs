using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowUps.Bench;

/// <summary>The channel of the benchmark: counts what it is handed and answers at once (no network).</summary>
internal sealed class CountingPublisher : IChatPublisher
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public string Channel => "bench";

    public Task<PublishResult> PublishAsync(Member recipient, Reply message, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _count);
        return Task.FromResult(new PublishResult(true, n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
