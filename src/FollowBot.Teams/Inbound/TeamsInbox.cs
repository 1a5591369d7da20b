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
    private readonly int _laneCapacity;
    private readonly TimeProvider _time;
    private long _refusedSinceWarning;
    private long _lastWarningTicks = long.MinValue;

    public TeamsInbox(IOptions<TeamsOptions> options, TimeProvider time)
    {
        var o = options.Value;
        _time = time;
        _laneCapacity = Math.Max(1, o.QueueCapacity / o.Workers);
        _lanes = [.. Enumerable.Range(0, o.Workers).Select(_ => Channel.CreateBounded<TeamsWork>(new BoundedChannelOptions(_laneCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        }))];
    }

    public IReadOnlyList<ChannelReader<TeamsWork>> Lanes => [.. _lanes.Select(l => l.Reader)];

    public bool TryPost(TeamsWork work) => _lanes[Lane(work.ConversationId)].Writer.TryWrite(work);

    /// <summary>
    /// Every lane is full: nothing could be accepted whatever the conversation. Checked before the token, so an
    /// overloaded instance sheds load for the price of reading the body, not of an RSA signature check per request
    /// (issue 9: under overload the refusals themselves took the CPU the lanes needed).
    /// </summary>
    public bool IsFull => _lanes.All(l => l.Reader.Count >= _laneCapacity);

    /// <summary>
    /// Counts a refusal; returns how many there were since the last warning when one is due (at most one a second),
    /// otherwise 0, so an overload writes a line a second instead of one per refused request.
    /// </summary>
    public long Refused()
    {
        var refused = Interlocked.Increment(ref _refusedSinceWarning);
        var now = _time.GetTimestamp();
        var last = Interlocked.Read(ref _lastWarningTicks);
        if (last != long.MinValue && _time.GetElapsedTime(last, now) < TimeSpan.FromSeconds(1))
        {
            return 0;
        }

        return Interlocked.CompareExchange(ref _lastWarningTicks, now, last) == last ? Interlocked.Exchange(ref _refusedSinceWarning, 0) : 0;
    }

    /// <summary>A stable lane for a conversation (string.GetHashCode is randomised per process, which is fine here).</summary>
    internal int Lane(string conversationId) => (int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)_lanes.Length);
}
