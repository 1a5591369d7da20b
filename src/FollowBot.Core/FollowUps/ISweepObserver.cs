namespace FollowBot.Core.FollowUps;

/// <summary>Told after every sweep (metrics, tests that wait for the scheduler instead of for time).</summary>
public interface ISweepObserver
{
    void Swept(SweepTally tally);
}
