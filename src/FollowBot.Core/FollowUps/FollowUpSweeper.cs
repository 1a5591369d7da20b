using Microsoft.Extensions.Logging;

namespace FollowBot.Core.FollowUps;

/// <summary>
/// One sweep (architecture §2.3, "the database decides what is due; the scheduler decides when to look"): read now
/// from the clock, plan the ladders of deals that fell due, then send every row whose time has come.
/// </summary>
public sealed class FollowUpSweeper(
    FollowUpPlanner planner,
    FollowUpDispatcher dispatcher,
    TimeProvider time,
    IEnumerable<ISweepObserver> observers,
    ILogger<FollowUpSweeper> logger)
{
    public async Task<SweepTally> SweepAsync(CancellationToken cancellationToken)
    {
        var tally = new SweepTally { Now = time.GetUtcNow() };
        await planner.PlanAsync(tally, cancellationToken);
        await dispatcher.DispatchAsync(tally, cancellationToken);
        if (tally.Planned + tally.Sent + tally.GaveUp + tally.Folded + tally.Retried + tally.Deferred + tally.Stopped + tally.Skipped > 0)
        {
            Log.Swept(logger, tally.ToString());
        }

        foreach (var observer in observers)
        {
            observer.Swept(tally);
        }

        return tally;
    }
}
