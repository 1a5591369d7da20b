using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace FollowBot.Teams.Inbound;

/// <summary>
/// Work accepted by <c>POST /api/messages</c> and done after the 200 (house rule 3: Teams gives up after ~15 s and
/// sends again): authenticated activities, and card updates that follow an invoke answer. One lane per worker, a
/// conversation always in the same lane: its replies stay in order, while a conversation waiting out a 429 holds up
/// only its lane. Bounded: when full the endpoint answers 503 and Teams sends again, instead of memory growing.
/// </summary>
internal sealed class TeamsInbox
{
    private readonly Channel<TeamsWork>[] _lanes;

    public TeamsInbox(IOptions<TeamsOptions> options)
    {
        var o = options.Value;
        _lanes = [.. Enumerable.Range(0, o.Workers).Select(_ => Channel.CreateBounded<TeamsWork>(new BoundedChannelOptions(Math.Max(1, o.QueueCapacity / o.Workers))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        }))];
    }

    public IReadOnlyList<ChannelReader<TeamsWork>> Lanes => [.. _lanes.Select(l => l.Reader)];

    public bool TryPost(TeamsWork work) => _lanes[Lane(work.ConversationId)].Writer.TryWrite(work);

    /// <summary>A stable lane for a conversation (string.GetHashCode is randomised per process, which is fine here).</summary>
    internal int Lane(string conversationId) => (int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)_lanes.Length);
}
