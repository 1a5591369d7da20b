using System.Collections.Concurrent;
using FollowBot.Core.Conversations;
using FollowBot.Core.Domain;

namespace FollowBot.Host.Tests.FollowUps;

/// <summary>
/// Stands in for the Playground channel and counts every message handed to it, shared by several hosts. It can
/// "kill" its host right after a delivery: the sweep is cancelled between send and mark, as a crash would leave it;
/// or run something of the test's at a chosen delivery (move the clock, let the other host sweep).
/// </summary>
internal sealed class CountingPublisher : IChatPublisher
{
    /// <summary>Recipient and the deal number of each nudge (0 for other messages).</summary>
    public ConcurrentQueue<(MemberId Member, int Deal)> Delivered { get; } = new();

    public CancellationTokenSource? KillAfterDelivery { get; set; }

    /// <summary>Runs after each delivery with its running number (1 for the first), before the result goes back.</summary>
    public Func<int, Task>? AfterDelivery { get; set; }

    private int _count;

    public string Channel => "playground";

    public async Task<PublishResult> PublishAsync(Member recipient, Reply message, CancellationToken cancellationToken)
    {
        await Task.Yield();
        Delivered.Enqueue((recipient.Id, message.Card?.View is Core.Cards.NudgeView nudge ? nudge.Number : 0));
        if (AfterDelivery is { } after)
        {
            await after(Interlocked.Increment(ref _count));
        }

        if (KillAfterDelivery is { } kill)
        {
            await kill.CancelAsync();
            kill.Token.ThrowIfCancellationRequested();
        }

        return new PublishResult(true, Guid.NewGuid().ToString("N"));
    }
}
