namespace FollowBot.Host.Playground;

/// <summary>
/// Wakes the page's live streams as soon as this instance logs a message; other instances' messages are picked
/// up by the streams' periodic look at the log.
/// </summary>
public sealed class PlaygroundInboxSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Completes at the next pulse, after <paramref name="timeout"/>, or on cancellation (without throwing).</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var pulse = Volatile.Read(ref _next).Task;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, timeoutSource.Token);
        await Task.WhenAny(pulse, delay);
        await timeoutSource.CancelAsync();
    }
}
