using System.Threading.Channels;

namespace FollowBot.Slack.Inbound;

/// <summary>
/// Work accepted from Slack and acknowledged already (house rule 3: ack first, work later). Bounded, so a flood
/// can't exhaust memory: a full queue refuses new work and Slack is told to retry (or gets an error shown).
/// </summary>
public sealed class SlackWorkQueue
{
    public const int Capacity = 1000;

    private readonly Channel<SlackWork> _channel = Channel.CreateBounded<SlackWork>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>False when the queue is full; the caller answers Slack so that it retries later.</summary>
    public bool TryEnqueue(string what, Func<IServiceProvider, CancellationToken, Task> work) =>
        _channel.Writer.TryWrite(new SlackWork(what, work));

    public ChannelReader<SlackWork> Reader => _channel.Reader;
}

/// <summary>One piece of accepted work, run in its own DI scope; <see cref="What"/> names it in logs.</summary>
public sealed record SlackWork(string What, Func<IServiceProvider, CancellationToken, Task> Run);
