using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FollowBot.Teams.Outbound;

/// <summary>
/// At most N sends per conversation in any one second (Teams: 7 per bot per thread, teams-protocol.md §3.5); a send
/// over the limit waits for the window to move, on <see cref="TimeProvider"/> time.
/// </summary>
internal sealed class ConversationThrottle(IOptions<TeamsOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.Ordinal);

    public async Task WaitAsync(string conversationId, CancellationToken cancellationToken)
    {
        var limit = options.Value.MessagesPerSecondPerConversation;
        var stamps = _sent.GetOrAdd(conversationId, _ => new Queue<DateTimeOffset>());
        while (true)
        {
            TimeSpan wait;
            lock (stamps)
            {
                var now = time.GetUtcNow();
                while (stamps.Count > 0 && now - stamps.Peek() >= Window)
                {
                    stamps.Dequeue();
                }

                if (stamps.Count < limit)
                {
                    stamps.Enqueue(now);
                    return;
                }

                wait = stamps.Peek() + Window - now;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
