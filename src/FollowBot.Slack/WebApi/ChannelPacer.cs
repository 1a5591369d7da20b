using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FollowBot.Slack.WebApi;

/// <summary>
/// At most one message per <see cref="SlackOptions.MessageInterval"/> to each channel: Slack's chat.postMessage
/// allows about one per second per channel (https://docs.slack.dev/apis/web-api/rate-limits). Each DM is its own
/// channel, so a fan-out of nudges to many people is not slowed; a burst to one channel is spaced out.
/// </summary>
public sealed class ChannelPacer(IOptions<SlackOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _next = new(StringComparer.Ordinal);

    /// <summary>Waits until this channel's next slot and takes it.</summary>
    public async Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var interval = options.Value.MessageInterval;
        var now = time.GetUtcNow();
        var slot = now;
        _next.AddOrUpdate(
            channel,
            _ => now + interval,
            (_, next) =>
            {
                slot = next > now ? next : now;
                return slot + interval;
            });
        if (slot > now)
        {
            await Task.Delay(slot - now, time, cancellationToken);
        }

        Prune(now, interval);
    }

    // Channels not used for a while need no memory: their next slot is already in the past.
    private void Prune(DateTimeOffset now, TimeSpan interval)
    {
        if (_next.Count < 1024)
        {
            return;
        }

        foreach (var (channel, next) in _next)
        {
            if (next + interval < now)
            {
                _next.TryRemove(new KeyValuePair<string, DateTimeOffset>(channel, next));
            }
        }
    }
}
