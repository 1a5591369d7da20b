using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace FollowBot.Teams.Inbound;

/// <summary>
/// Work accepted by <c>POST /api/messages</c> and done after the 200 (house rule 3: Teams gives up after ~15 s and
/// sends again): authenticated activities, and card updates that follow an invoke answer. Bounded: when full the
/// endpoint answers 503 and Teams retries, instead of memory growing without end.
/// </summary>
internal sealed class TeamsInbox(IOptions<TeamsOptions> options)
{
    private readonly Channel<TeamsWork> _queue = Channel.CreateBounded<TeamsWork>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    public bool TryPost(TeamsWork work) => _queue.Writer.TryWrite(work);

    public ChannelReader<TeamsWork> Reader => _queue.Reader;
}
