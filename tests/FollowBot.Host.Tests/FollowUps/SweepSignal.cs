using System.Threading.Channels;
using FollowBot.Core.FollowUps;

namespace FollowBot.Host.Tests.FollowUps;

/// <summary>Lets a test wait for the scheduler's next sweep (instead of waiting for time).</summary>
internal sealed class SweepSignal : ISweepObserver
{
    private readonly Channel<SweepTally> _sweeps = Channel.CreateUnbounded<SweepTally>();

    public void Swept(SweepTally tally) => _sweeps.Writer.TryWrite(tally);

    /// <summary>The first sweep (from now on) that matches, or a timeout failure naming what was seen.</summary>
    public async Task<SweepTally> WaitForAsync(Func<SweepTally, bool> match, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var seen = new List<string>();
        try
        {
            while (true)
            {
                var tally = await _sweeps.Reader.ReadAsync(cts.Token);
                if (match(tally))
                {
                    return tally;
                }

                seen.Add(tally.ToString());
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No matching sweep within {timeout}; saw: {string.Join(" | ", seen)}");
        }
    }
}
