using System.Threading.Channels;
using FollowBot.Teams.Protocol;
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

/// <summary>One unit of background work.</summary>
internal abstract record TeamsWork;

/// <summary>An activity to handle: a message, or a conversation/installation update.</summary>
internal sealed record ActivityWork(Activity Activity) : TeamsWork;

/// <summary>After a click: show the new card to everyone by replacing the clicked message (teams-protocol.md §4.5).</summary>
internal sealed record CardUpdateWork(string ServiceUrl, string ConversationId, string ActivityId, OutgoingActivity Message) : TeamsWork;
